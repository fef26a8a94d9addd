import type { Problem } from '../../validate.ts';
import type { LintRule } from '../types.ts';

/**
 * KB029: an offer says where it can be used (`daekning`). Without it, no council page can list
 * the offer and the catalogue's kommune filter cannot find it. "ukendt" is a recorded answer: it
 * says that no source tells, and satisfies the rule; an absent field is a warning.
 */
export const daekning: LintRule = {
  id: 'KB029',
  title: 'Advarsel, når et tilbud ikke har feltet daekning (skriv omfang: ukendt, hvis ingen kilde siger, hvor tilbuddet kan bruges).',
  severity: 'advarsel',
  checkCorpus(ctx) {
    return ctx.entries.flatMap(({ file, collection, data }): Problem[] => {
      if (collection !== 'tilbud' || (data as { daekning?: unknown }).daekning !== undefined) return [];
      return [{
        rule: 'KB029',
        severity: 'advarsel',
        file: file.path,
        line: file.lineOf(['titel']),
        field: 'daekning',
        message:
          'Tilbuddet har ikke feltet "daekning", så det kommer ikke med på sundhedsrådenes sider eller i kommunefilteret. Skriv fx daekning: { omfang: kommuner, kommuner: [Hvidovre] }, omfang: region, land eller online, som tilbuddets kilde siger det – eller omfang: ukendt, hvis ingen kilde siger det.',
      }];
    });
  },
};
