import type { Problem } from '../../validate.ts';
import type { LintRule } from '../types.ts';

/**
 * KB030: no symbolic link in the folders the site is built from, and no file of an unexpected
 * kind or in an unexpected place in content/ or public/ (src/lib/lint/repository-files.ts).
 */
export const filer: LintRule = {
  id: 'KB030',
  title: 'Ingen symbolske henvisninger (symlinks), og kun forventede filer i content/ og public/.',
  severity: 'fejl',
  checkCorpus(ctx): Problem[] {
    return ctx.refusedFiles.map(({ path, message }) => ({ rule: 'KB030', severity: 'fejl', file: path, message }));
  },
};
