import { toString } from 'mdast-util-to-string';
import { BEMAERK_TYPER } from '../../../schemas/shared/vocabularies.ts';
import { nodeRule } from '../findings.ts';
import type { LintRule } from '../types.ts';
import { isJsxElement, JSX_TYPES } from './jsx.ts';

/** The callout's name in MDX and the one attribute it takes. */
export const BEMAERK = 'Bemaerk';
const TYPES = BEMAERK_TYPER.keys.join(', ');
const EXAMPLE = `<${BEMAERK} type="advarsel">`;

/**
 * KB024: `<Bemaerk>` needs `type` with one of the four kinds, written in quotes, no other
 * attributes, text inside, and a line of its own (it is a block: inside a sentence it would
 * break the paragraph).
 */
export const bemaerk: LintRule = nodeRule({
  id: 'KB024',
  title: `<${BEMAERK}> skal have type="info", "advarsel", "fejl" eller "succes", ingen andre attributter og tekst indeni.`,
  severity: 'fejl',
  guard: true,
  nodeTypes: JSX_TYPES,
  checkNode(node) {
    if (!isJsxElement(node) || node.name !== BEMAERK) return undefined;
    const said: string[] = [];
    if (node.type === 'mdxJsxTextElement') {
      said.push(`<${BEMAERK}> står inde i et afsnit. Skriv ${EXAMPLE} og </${BEMAERK}> på hver sin linje med en tom linje før og efter teksten.`);
    }
    let type: string | undefined;
    for (const attribute of node.attributes) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        said.push(`<${BEMAERK}> har kode ({…}) blandt attributterne. Slet det, og skriv kun type i anførselstegn, fx ${EXAMPLE}.`);
      } else if (attribute.name !== 'type') {
        said.push(`Attributten "${attribute.name}" er ikke tilladt på <${BEMAERK}>. Kun "type" er tilladt; skriv resten som tekst i boksen.`);
      } else if (typeof attribute.value !== 'string') {
        said.push(`"type" på <${BEMAERK}> skal skrives i anførselstegn, fx ${EXAMPLE}. Tilladte typer: ${TYPES}.`);
        type = '';
      } else {
        type = attribute.value;
      }
    }
    if (type === undefined) said.push(`<${BEMAERK}> mangler "type". Skriv fx ${EXAMPLE}. Tilladte typer: ${TYPES}.`);
    else if (type && !(BEMAERK_TYPER.keys as readonly string[]).includes(type)) {
      said.push(`type="${type}" er ikke en tilladt type på <${BEMAERK}>. Skriv en af: ${TYPES}.`);
    }
    if (!toString(node).trim()) said.push(`<${BEMAERK}> er tom. Skriv teksten mellem ${EXAMPLE} og </${BEMAERK}>.`);
    return said;
  },
});
