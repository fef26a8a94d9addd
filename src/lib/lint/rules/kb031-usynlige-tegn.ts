import { invisibleCharacterFindings } from '../invisible-characters.ts';
import type { Problem } from '../../validate.ts';
import type { LintRule } from '../types.ts';

/**
 * KB031: no character a reviewer cannot see (bidirectional controls, zero-width characters, tag
 * characters …) in any content file or text file in public/; a pull request from GitHub's own
 * editor or a fork can carry them, the web editor checks the same in its form.
 */
export const usynligeTegn: LintRule = {
  id: 'KB031',
  title: 'Ingen usynlige tegn (retningsskift, tegn uden bredde, mærketegn) i indhold og i public/.',
  severity: 'fejl',
  checkCorpus(ctx): Problem[] {
    const texts = [...ctx.files.map((file) => ({ path: file.path, source: file.source })), ...ctx.otherTexts];
    return texts.flatMap(({ path, source }) =>
      invisibleCharacterFindings(source).map((finding) => ({ rule: 'KB031', severity: 'fejl' as const, file: path, line: finding.line, message: finding.message })),
    );
  },
};
