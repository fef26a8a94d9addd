import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../scripts/lib/headers-file.mjs';

const root = resolve(import.meta.dirname, '../../..');
const rules = parseHeadersFile(readFileSync(resolve(root, 'public/_headers'), 'utf8'));
const header = (path: string, name: string) =>
  headersFor(rules, path).filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v);

describe('public/_headers', () => {
  it('forbids framing, sniffing, plugins and base/form hijacking on every page', () => {
    const [csp] = header('/organisationer/hjerteforeningen/', 'Content-Security-Policy');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(header('/', 'X-Content-Type-Options')).toEqual(['nosniff']);
    expect(header('/', 'Referrer-Policy')).toEqual(['strict-origin-when-cross-origin']);
    expect(header('/', 'Permissions-Policy')[0]).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it('leaves script-src and style-src to the per-page meta policy, so Astro’s hashed inline scripts keep working', () => {
    for (const csp of header('/', 'Content-Security-Policy')) {
      expect(csp).not.toMatch(/(^|;)\s*(script|style|default)-src/);
    }
  });

  it('caches hashed build assets for a year and nothing else', () => {
    expect(header('/_astro/BaseLayout.abc123.css', 'Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
    expect(header('/', 'Cache-Control')).toEqual([]);
  });
});

describe('the _headers parser', () => {
  it('merges every matching rule and understands * and :placeholders', () => {
    const parsed = parseHeadersFile('# kommentar\n/*\n  A: 1\n/sag/:id/*\n  B: 2\n');
    expect(headersFor(parsed, '/sag/42/x')).toEqual([['A', '1'], ['B', '2']]);
    expect(headersFor(parsed, '/andet/')).toEqual([['A', '1']]);
  });

  it('refuses a header line outside a path', () => {
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(/kan ikke læse/);
  });
});
