import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../src/lib/content-files.ts';
import { lixOfBody, median } from '../../src/lib/lix.ts';
import { entryUrl } from '../../src/lib/model.ts';
import { PREVIEW_LIMIT } from '../../src/lib/pagination.ts';
import { readPage } from './support.ts';

const root = resolve(import.meta.dirname, '../..');
/** What /redaktion/ should show, computed again from the content files with the same counter. */
const measured = readAllContent(resolve(root, 'content'), root)
  .filter((f) => (f.data as { status?: string }).status === 'publiceret')
  .flatMap((f) => {
    const score = lixOfBody(f.body);
    return score ? [{ url: entryUrl(f), lix: score.lix }] : [];
  });

describe('/redaktion/ measures plain language', () => {
  const html = readPage('/redaktion/');
  const section = /<section aria-labelledby="klart-sprog">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';

  it('lists every measured page with its LIX, hardest first, and the median', () => {
    expect(measured.length).toBeGreaterThan(50);
    expect(section).toContain(`(${measured.length})</h2>`);
    expect(section).toContain(`Medianen for de ${measured.length} målte sider er ${String(median(measured.map((m) => m.lix))).replace('.', ',')}.`);
    const rows = [...section.matchAll(/<li><a href="([^"]+)">[\s\S]*?LIX (\d+), /g)].map((m) => ({ url: m[1]!, lix: Number(m[2]) }));
    expect(rows).toHaveLength(Math.min(PREVIEW_LIMIT, measured.length));
    expect(rows.map((r) => r.lix)).toEqual([...rows.map((r) => r.lix)].sort((a, b) => b - a));
    expect(rows[0]!.lix).toBe(Math.max(...measured.map((m) => m.lix)));
    for (const row of rows) expect(measured).toContainEqual(row);
  });
});
