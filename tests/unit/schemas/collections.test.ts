import { describe, expect, it } from 'vitest';
import { COLLECTION_DEFINITIONS, COLLECTIONS } from '../../../src/schemas/index.ts';
import { slugReference } from '../../../src/schemas/shared/reference.ts';
import { ENUM_FIELD, REQUIRED_TEXT, URL_FIELD, VALID } from './fixtures.ts';

function issues(collection: keyof typeof VALID, input: unknown) {
  const result = COLLECTION_DEFINITIONS[collection].schema(slugReference).safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe.each(COLLECTIONS.keys)('schema for %s', (collection) => {
  const valid = VALID[collection];

  it('accepts a valid entry', () => {
    expect(issues(collection, valid)).toEqual([]);
  });

  it('names a missing required field and says what to write', () => {
    const field = REQUIRED_TEXT[collection];
    const { [field]: _, ...rest } = valid;
    const [issue] = issues(collection, rest);
    expect(issue?.path).toBe(field);
    expect(issue?.message).toMatch(new RegExp(`^Feltet "${field}" mangler\\. Skriv `));
  });

  it('lists the allowed values for a wrong enum value', () => {
    const field = ENUM_FIELD[collection];
    const [issue] = issues(collection, { ...valid, [field]: 'noget-andet' });
    expect(issue?.path).toBe(field);
    expect(issue?.message).toMatch(new RegExp(`^"${field}" har værdien "noget-andet", som ikke er tilladt\\. Skriv en af: `));
  });

  it('refuses a next review that is not after the last one', () => {
    expect(issues(collection, { ...valid, naesteGennemgang: valid['sidstGennemgaaet'] })).toEqual([
      { path: 'naesteGennemgang', message: '"naesteGennemgang" skal ligge efter "sidstGennemgaaet". Skriv en senere dato, fx et år efter.' },
    ]);
  });

  it('refuses a date in another format', () => {
    const [issue] = issues(collection, { ...valid, sidstGennemgaaet: '22-11-2026' });
    expect(issue).toEqual({ path: 'sidstGennemgaaet', message: '"sidstGennemgaaet" skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-22' });
  });

  it('refuses an unknown key, so typos are caught', () => {
    const [issue] = issues(collection, { ...valid, kilde: ['x'] });
    expect(issue?.message).toMatch(/^Ukendt felt: "kilde"\. Tjek stavningen/);
  });

  it('refuses the scaffold placeholder in text fields', () => {
    const field = REQUIRED_TEXT[collection];
    const [issue] = issues(collection, { ...valid, [field]: 'UDFYLD' });
    expect(issue?.message).toMatch(/indeholder stadig pladsholderen UDFYLD/);
  });

  const urlField = URL_FIELD[collection];
  if (urlField) {
    it.each(['http://eksempel.dk/', 'javascript:alert(1)', 'data:text/html,<b>x</b>', 'eksempel.dk'])('refuses the URL %s', (url) => {
      const [issue] = issues(collection, { ...valid, [urlField]: url });
      expect(issue).toEqual({ path: urlField, message: `"${urlField}" skal være en fuld webadresse, der begynder med https://, fx https://www.eksempel.dk/` });
    });
  }
});

describe('references', () => {
  it('refuse a reference that is not a file name', () => {
    const [issue] = issues('eksempler', { ...VALID.eksempler, organisationer: ['Hjerteforeningen'] });
    expect(issue?.path).toBe('organisationer.0');
    expect(issue?.message).toMatch(/skal være filnavnet uden endelse/);
  });

  it('require at least one organisation, bearing and source on an example', () => {
    for (const field of ['organisationer', 'pejlemaerker', 'kilder']) {
      const [issue] = issues('eksempler', { ...VALID.eksempler, [field]: [] });
      expect(issue?.message).toMatch(new RegExp(`^"${field}" skal have mindst 1 element`));
    }
  });
});
