import { COLLECTION_DEFINITIONS } from '../../../schemas/index.ts';
import { SLUG } from '../../../schemas/shared/reference.ts';
import { slugify } from '../../slug.ts';
import type { Problem } from '../../validate.ts';
import type { LintRule } from '../types.ts';

/** KB017: a file name is the page's address; stray files are never published. */
export const filnavn: LintRule = {
  id: 'KB017',
  title: 'Filnavne skal være små bogstaver a-z, tal og bindestreger med samlingens endelse (.mdx eller .yaml).',
  severity: 'fejl',
  checkCorpus(ctx) {
    const problems: Problem[] = ctx.strayFiles.map((path) => {
      const collection = path.split('/').at(-2) as keyof typeof COLLECTION_DEFINITIONS;
      const format = COLLECTION_DEFINITIONS[collection]?.format ?? 'mdx';
      return { rule: 'KB017', severity: 'fejl', file: path, message: `Filen bliver ikke læst: poster i ${collection} skal have endelsen .${format}. Omdøb filen, eller flyt den.` };
    });
    for (const file of ctx.files.filter((f) => !SLUG.test(f.id))) {
      const suggestion = slugify(file.id) || 'navn';
      problems.push({
        rule: 'KB017',
        severity: 'fejl',
        file: file.path,
        message: `Filnavnet "${file.id}" bliver sidens adresse og må kun have små bogstaver a-z, tal og bindestreger (æ→ae, ø→oe, å→aa). Omdøb filen til ${suggestion}.${COLLECTION_DEFINITIONS[file.collection].format}, fx med npm run flyt.`,
      });
    }
    return problems;
  },
};
