/**
 * How N synthetic entries are spread over the collections. The bounded collections (strategy,
 * bearings, health councils, frameworks, guides, units) stay near the sizes a region really has;
 * the catalogue collections (organisations, offers, examples) take the rest, as a region-wide
 * mapping of civil society would.
 */
import type { CollectionName } from '../../src/schemas/index.ts';

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(max, Math.round(value)));

/** Entry counts per collection for a corpus of exactly `n` entries (n ≥ 100). */
export function planCorpus(n: number): Record<CollectionName, number> {
  if (!Number.isInteger(n) || n < 100) throw new Error(`--n skal være et helt tal på mindst 100 (fik ${n}).`);
  const fixed = {
    strategi: 4,
    pejlemaerker: 4,
    sundhedsraad: clamp(n * 0.002, 4, 20),
    rammer: clamp(n * 0.01, 3, 60),
    vejledninger: clamp(n * 0.015, 3, 150),
    enheder: clamp(n * 0.02, 5, 120),
    ordliste: clamp(n * 0.03, 10, 300),
    kilder: clamp(n * 0.1, 10, 2000),
  };
  const rest = n - Object.values(fixed).reduce((a, b) => a + b, 0);
  const organisationer = Math.round(rest * 0.35);
  const eksempler = Math.round(rest * 0.25);
  return { ...fixed, organisationer, eksempler, tilbud: rest - organisationer - eksempler };
}
