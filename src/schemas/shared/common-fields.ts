import { list, text } from './field.ts';
import type { RefFactory } from './reference.ts';
import { MAALGRUPPER, TEMAER } from './vocabularies.ts';

// Fields that several collections share. The rules (length, minimum count, the editor's message
// when it is wrong) are written once here; each collection passes its own Danish texts, because
// what a summary or a list of sources is about differs between an organisation and a guide.

/** The summary under the title and in lists: one or two sentences, at most 400 characters. */
export function resume(whatToWrite: string, description: string) {
  return text(whatToWrite, 400).describe(description);
}

/** The sources an entry rests on: at least one reference to an entry in content/kilder/. */
export function kilder(ref: RefFactory, description: string, whatToWrite = 'Henvis til mindst én kilde.') {
  return list(ref('kilder'), whatToWrite, 1).describe(description);
}

/** Whom an organisation, an example or an offer is for: at least one target group. */
export function maalgrupper(description: string) {
  return list(MAALGRUPPER.schema(), 'Vælg mindst én målgruppe.', 1).describe(description);
}

/** What an organisation, an example or an offer is about: at least one theme. */
export function temaer(description: string) {
  return list(TEMAER.schema(), 'Vælg mindst ét tema.', 1).describe(description);
}
