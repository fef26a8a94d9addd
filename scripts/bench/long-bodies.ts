/**
 * Guide-length bodies for the benchmark: the sections a real guide has after its opening ones –
 * headings, paragraphs, bullet lists, a table, links to other entries and to other sites – added
 * until the body holds 600–1,200 words. The footnote citations are added afterwards by bodies.ts,
 * so a cited collection still cites every paragraph and list item.
 */
import type { SyntheticEntry } from './entry.ts';
import * as da from './danish.ts';
import type { Random } from './prng.ts';

/** How long the generated bodies are: the short ones of before, guide length, or a mix of both. */
export const LENGTHS = ['short', 'guide', 'mix'] as const;
/** One of LENGTHS. */
export type Lengths = (typeof LENGTHS)[number];

/** Collections whose entries are long texts on the real site; in a mix they are always guide length. */
const LONG_COLLECTIONS = new Set(['vejledninger', 'rammer', 'strategi', 'pejlemaerker']);
/** The share of other entries that are guide length in a mix. */
const MIX_SHARE = 0.25;

/** Whether an entry gets a guide-length body. Calls `r` only in a mix, so "short" keeps the corpus of before. */
export function isLong(entry: SyntheticEntry, lengths: Lengths, r: Random): boolean {
  if (lengths === 'short') return false;
  if (lengths === 'guide') return true;
  return LONG_COLLECTIONS.has(entry.collection) || r.chance(MIX_SHARE);
}

const SECTIONS = [
  'Før I går i gang', 'Roller og ansvar', 'Sådan holder I kontakten', 'Tavshedspligt og fortrolighed', 'Når noget går galt',
  'Frivillige på afdelingen', 'Pårørende', 'Evaluering', 'Økonomi og ressourcer', 'Gode råd fra praksis', 'Hvis I vil udvide',
  'Hvem kan hjælpe', 'Ofte stillede spørgsmål', 'Læs mere',
] as const;
const TASKS = ['Afklar behovet', 'Find en kontaktperson', 'Aftal mødested', 'Introducér de frivillige', 'Følg op sammen', 'Del erfaringerne'] as const;
const WHO = ['Afdelingen', 'Foreningen', 'Kommunen', 'Koordinatoren', 'De frivillige', 'Sekretariatet'] as const;
const WHEN = ['Før opstart', 'Ved opstart', 'Hver måned', 'Efter første halvår', 'Ved afslutning', 'Løbende'] as const;
const LINK_TEXTS = ['vejledningen om frivillighed', 'oversigten over lokale foreninger', 'erfaringer fra andre regioner', 'materialet om samarbejdsaftaler'] as const;

const MAX_WORDS = 1200;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A Markdown table of tasks, who does them and when: three columns, three to five rows, no numbers. */
function table(r: Random): string {
  const rows = r.some(TASKS, r.int(3, 5)).map((task) => `| ${task} | ${r.pick(WHO)} | ${r.pick(WHEN)} |`);
  return ['| Opgave | Hvem | Hvornår |', '| --- | --- | --- |', ...rows].join('\n');
}

/**
 * Sections to add after `sections` until the body reaches 600–1,200 words. `others` are published
 * entries a paragraph may link to; one external link per section points at a site that is not ours.
 */
export function guideSections(sections: readonly string[], others: readonly SyntheticEntry[], r: Random): string[] {
  const target = r.int(600, MAX_WORDS);
  let count = words(sections.join('\n'));
  const added: string[] = [];
  for (let i = 0; count < target; i++) {
    const heading = i < SECTIONS.length ? SECTIONS[i] : `${r.pick(SECTIONS)}, del ${i - SECTIONS.length + 2}`;
    const other = others.length ? r.pick(others) : undefined;
    const parts = [`## ${heading}`, da.paragraph(r, 3, 6)];
    if (i % 2 === 0) parts.push(da.bullets(r));
    if (i % 3 === 1) parts.push(table(r));
    const linkText = r.pick(LINK_TEXTS);
    parts.push(`${da.sentence(r)} Se også ${other ? `[${other.title}](/${other.collection}/${other.id}/) og ` : ''}[${linkText}](https://www.eksempel.dk/${i}/).`);
    if (r.chance(0.5)) parts.push(da.paragraph(r, 2, 4));
    const section = parts.join('\n\n');
    // Sections hold far fewer than 600 words, so a body stopped here already has at least 600.
    if (count + words(section) > MAX_WORDS) break;
    count += words(section);
    added.push(section);
  }
  return added;
}
