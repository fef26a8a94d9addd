import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readerPages, readPage } from './support.ts';

/** The directives of the page's <meta http-equiv="content-security-policy">, by name. */
function metaPolicies(html: string): Map<string, string[]>[] {
  const policies: Map<string, string[]>[] = [];
  visit(fromHtml(html), 'element', (el: Element) => {
    const equiv = [el.properties['httpEquiv']].flat().join(' ').toLowerCase();
    if (el.tagName !== 'meta' || equiv !== 'content-security-policy') return;
    const directives = new Map<string, string[]>();
    for (const part of String(el.properties['content']).split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name) directives.set(name, sources);
    }
    policies.push(directives);
  });
  return policies;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** Inline <script>/<style> bodies exactly as served (the browser hashes these bytes). */
const inline = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1] ?? '');

// /admin/ has its own, documented policy (Decap needs 'unsafe-eval' and inline styles): tests/build/admin.test.ts.
const pages = readerPages();

describe('Content-Security-Policy (Astro meta policy)', () => {
  it('every page carries exactly one meta policy that allows Pagefind but no inline or foreign script', () => {
    for (const page of pages) {
      const policies = metaPolicies(readPage(page));
      expect(policies, page).toHaveLength(1);
      const script = policies[0]!.get('script-src') ?? [];
      expect(script.slice(0, 2), page).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      for (const source of script.slice(2)) expect(source, page).toMatch(/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/);
      expect(policies[0]!.get('default-src'), page).toEqual(["'self'"]);
      expect(policies[0]!.get('object-src'), page).toEqual(["'none'"]);
      expect(policies[0]!.get('base-uri'), page).toEqual(["'none'"]);
      expect(policies[0]!.get('style-src')?.[0], page).toBe("'self'");
      expect(policies[0]!.get('style-src'), page).not.toContain("'unsafe-inline'");
    }
  });

  it('lists the hash of every inline script and style, so Astro’s own scripts run under the policy', () => {
    // The extraction itself: inline bodies only, external scripts skipped, hashes as CSP writes them.
    expect(inline('<script type="module">a()</script><script src="/x.js"></script>', 'script')).toEqual(['a()']);
    expect(sha256('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    for (const page of pages) {
      const html = readPage(page);
      const policy = metaPolicies(html)[0]!;
      for (const body of inline(html, 'script')) expect(policy.get('script-src'), `${page}: inline <script> uden hash`).toContain(sha256(body));
      for (const body of inline(html, 'style')) expect(policy.get('style-src'), `${page}: inline <style> uden hash`).toContain(sha256(body));
    }
  });

  it('has no inline event handler or style attribute anywhere (a meta policy without unsafe-inline blocks them)', () => {
    for (const page of pages) {
      visit(fromHtml(readPage(page)), 'element', (el: Element) => {
        const bad = Object.keys(el.properties).filter((name) => /^on[A-Z]/.test(name) || name === 'style');
        expect(bad, `${page}: <${el.tagName}>`).toEqual([]);
      });
    }
  });
});
