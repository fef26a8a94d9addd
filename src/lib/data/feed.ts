/** One entry of the Atom feed; all URLs absolute, all dates RFC 3339. */
export interface FeedItem {
  /** A permanent, globally unique id, e.g. `urn:uuid:…`. */
  id: string;
  title: string;
  url: string;
  summary: string;
  updated: string;
  published?: string | undefined;
  categories: { term: string; label: string }[];
}

/** The feed itself. */
export interface Feed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own address. */
  self: string;
  /** The site's home page. */
  home: string;
  author: string;
  /** Atom `<rights>`: the licence of the feed's data. */
  rights?: string | undefined;
  items: FeedItem[];
}

/** Escapes text for XML element content and attribute values. */
export const xmlEscape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Drops characters XML 1.0 does not allow (control characters an editor might paste). */
const clean = (text: string) => xmlEscape(text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ''));

/** An Atom 1.0 document (RFC 4287). The feed's `updated` is its newest entry's. */
export function atomFeed(feed: Feed): string {
  const updated = feed.items.map((i) => i.updated).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a), '1970-01-01T00:00:00Z');
  const entries = feed.items.map((item) =>
    [
      '  <entry>',
      `    <id>${clean(item.id)}</id>`,
      `    <title>${clean(item.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${clean(item.url)}"/>`,
      `    <updated>${item.updated}</updated>`,
      ...(item.published ? [`    <published>${item.published}</published>`] : []),
      ...item.categories.map((c) => `    <category term="${clean(c.term)}" label="${clean(c.label)}"/>`),
      `    <summary type="text">${clean(item.summary)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
    `  <id>${clean(feed.id)}</id>`,
    `  <title>${clean(feed.title)}</title>`,
    `  <subtitle>${clean(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${clean(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${clean(feed.home)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${clean(feed.author)}</name></author>`,
    ...(feed.rights ? [`  <rights type="text">${clean(feed.rights)}</rights>`] : []),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
