/**
 * The DKFDS colour tokens in src/styles/tokens.css (used by the pages and the web editor) meet WCAG 2.1 AA: 4.5:1 for text on every
 * background it is used on, 3:1 for the focus ring (non-text, 1.4.11). Read from the stylesheet
 * itself, so a changed token is checked, not a copy of it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../../src/styles/tokens.css'), 'utf8');
const root = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
const tokens = new Map([...root.matchAll(/--([\wæøå-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
const token = (name: string) => {
  const value = tokens.get(name);
  if (!value) throw new Error(`--${name} mangler i :root`);
  return value;
};

/** WCAG 2.1 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('DKFDS colour tokens', () => {
  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('has the DKFDS values for text, links and focus', () => {
    expect(token('tekst')).toBe('#1a1a1a');
    expect(token('link')).toBe('#004d99');
    expect(token('link-besoegt')).toBe('#800080');
    expect(token('fokus-ring')).toBe('#747474');
  });

  const backgrounds = ['baggrund', 'flade', 'primaer-lys', 'info-lys', 'succes-lys', 'advarsel', 'fejl-lys'];
  it.each(['tekst', 'tekst-svag', 'link', 'link-hover', 'link-besoegt'])('--%s has at least 4.5:1 on every light background', (fg) => {
    for (const bg of backgrounds) expect(contrast(token(fg), token(bg)), `--${fg} på --${bg}`).toBeGreaterThanOrEqual(4.5);
  });

  it('white header text and the white focus ring stand out on the header blue', () => {
    expect(contrast('#ffffff', token('primaer'))).toBeGreaterThanOrEqual(4.5);
  });

  it('the DKFDS focus ring has at least 3:1 against the light backgrounds it sits on', () => {
    for (const bg of ['baggrund', 'flade']) expect(contrast(token('fokus-ring'), token(bg)), `--fokus-ring på --${bg}`).toBeGreaterThanOrEqual(3);
  });
});
