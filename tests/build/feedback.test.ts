import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAllContent } from '../../src/lib/content-files.ts';
import { DEFAULT_FEEDBACK_EMAIL } from '../../src/lib/feedback.ts';
import { SITE } from '../../src/lib/site.ts';
import { COLLECTION_DEFINITIONS } from '../../src/schemas/index.ts';
import { readPage } from './support.ts';

const root = resolve(import.meta.dirname, '../..');
const published = readAllContent(resolve(root, 'content'), root).filter((f) => (f.data as { status?: string }).status === 'publiceret');

/** An attribute value as the browser reads it. */
const unescape = (value: string) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The feedback block of a built page, its mail links (decoded) and its GitHub link. */
function feedbackOf(html: string) {
  const block = /<section class="nyttig"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const mails = [...block.matchAll(/<a href="(mailto:[^"]+)">(Ja|Nej)<span class="sr-only">([^<]+)<\/span><\/a>/g)].map((m) => {
    const link = unescape(m[1]!);
    const query = new URLSearchParams(link.split('?')[1]?.replace(/\+/g, '%2B'));
    return { answer: m[2]!, name: `${m[2]}${m[3]}`, to: link.slice('mailto:'.length).split('?')[0], subject: query.get('subject') ?? '', body: query.get('body') ?? '' };
  });
  return { block, mails, github: /Har du en GitHub-konto\? <a href="([^"]+)">/.exec(block)?.[1] };
}

describe('"Var siden nyttig?" on every entry page', () => {
  it('is checked on every published entry', () => {
    expect(published.length).toBeGreaterThan(50);
  });

  it('offers Ja and Nej as prefilled mails with the page title and address in the subject, and GitHub second', () => {
    for (const file of published) {
      const path = `/${file.collection}/${file.id}/`;
      const html = readPage(path);
      const title = String((file.data as Record<string, unknown>)[COLLECTION_DEFINITIONS[file.collection].titleField]).trim();
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const { block, mails, github } = feedbackOf(html);
      expect(block, `${path}: ingen "Var siden nyttig?"`).toContain('<h2 id="nyttig-titel">Var siden nyttig?</h2>');
      expect(mails.map((m) => m.answer), path).toEqual(['Ja', 'Nej']);
      for (const mail of mails) {
        expect(mail.to, path).toBe(SITE.feedback.address);
        expect(mail.subject, path).toBe(`Var siden nyttig? ${mail.answer}: ${title} (${canonical})`);
        expect(mail.body, path).toContain(`Adresse: ${canonical}`);
        expect(mail.name, path).toMatch(/^(Ja|Nej), siden var (ikke )?nyttig \(åbner en e-mail til redaktionen\)$/);
      }
      expect(github && unescape(github), path).toContain('/issues/new?template=fejl-paa-side.yml');
    }
  });

  it('marks the default mailbox on every block until FEEDBACK_EMAIL is set – and lists it, never silently', () => {
    const blocks = published.map((f) => feedbackOf(readPage(`/${f.collection}/${f.id}/`)).block);
    const marked = blocks.filter((b) => b.includes('data-udfyldes="FEEDBACK_EMAIL"')).length;
    if (SITE.feedback.configured) {
      expect(marked).toBe(0);
      expect(SITE.feedback.address).not.toBe(DEFAULT_FEEDBACK_EMAIL);
    } else {
      expect(marked).toBe(blocks.length);
      expect(SITE.feedback.address).toBe(DEFAULT_FEEDBACK_EMAIL);
      // Not a failure (the owner must supply it), but never silent.
      console.warn('Siderne mangler en indstilling, som ejeren skal udfylde ved bygningen:\n  - FEEDBACK_EMAIL: fællespostkasse til læsernes svar på "Var siden nyttig?" (bruger indtil da ' + DEFAULT_FEEDBACK_EMAIL + ')');
    }
  });
});
