import { describe, expect, it } from 'vitest';
import { DEFAULT_FEEDBACK_EMAIL, feedbackMailbox, feedbackMailto, feedbackMessage, mailtoUrl } from '../../../src/lib/feedback.ts';

/** Reads a mailto: link back the way a mail program does (RFC 6068: percent-decoding, no "+" for space). */
function readMailto(link: string) {
  const match = /^mailto:([^?]+)\?(.*)$/.exec(link);
  if (!match) throw new Error(`Ikke et mailto-link med felter: ${link}`);
  const fields = new Map(match[2]!.split('&').map((pair) => {
    const [name, value = ''] = pair.split('=');
    return [name!, decodeURIComponent(value)] as const;
  }));
  return { to: match[1]!, subject: fields.get('subject') ?? '', body: fields.get('body') ?? '', raw: match[2]! };
}

const title = 'Sundhed & trivsel: ældre på Østerbro';
const page = 'https://vidensbasen.example/eksempler/sundhed-og-trivsel-aeldre/';

describe('the "Var siden nyttig?" mail', () => {
  it('puts the answer, the page title and the page address in the subject', () => {
    for (const answer of ['ja', 'nej'] as const) {
      const mail = readMailto(feedbackMailto('kontakt@eksempel.dk', answer, title, page));
      expect(mail.to).toBe('kontakt@eksempel.dk');
      expect(mail.subject).toBe(`Var siden nyttig? ${answer === 'ja' ? 'Ja' : 'Nej'}: ${title} (${page})`);
      expect(mail.body).toContain(`Side: ${title}\r\nAdresse: ${page}`);
    }
  });

  it('has a short Danish body that asks a different question for each answer and warns against health data', () => {
    const yes = feedbackMessage('ja', title, page).body;
    const no = feedbackMessage('nej', title, page).body;
    expect(yes).toContain('Siden var nyttig for mig.');
    expect(no).toContain('Siden var ikke nyttig for mig.');
    expect(no).toContain('hvad der manglede');
    for (const body of [yes, no]) {
      expect(body).toContain('cpr-nummer');
      expect(body.split('\r\n').length).toBeLessThan(15);
      expect(body).not.toMatch(/(^|[^\r])\n/);
    }
  });

  it('percent-encodes æ, ø, å, spaces, &, ?, # and line breaks, so the link cannot be split or cut short', () => {
    const link = mailtoUrl('kontakt@eksempel.dk', 'Åben & ærlig? Ja #1', 'Linje ø\r\nLinje 2');
    expect(link).toBe('mailto:kontakt@eksempel.dk?subject=%C3%85ben%20%26%20%C3%A6rlig%3F%20Ja%20%231&body=Linje%20%C3%B8%0D%0ALinje%202');
    const raw = readMailto(feedbackMailto('kontakt@eksempel.dk', 'nej', title, page)).raw;
    expect(raw).not.toMatch(/[ \r\n+#æøåÆØÅ]/);
    expect(raw.split('&').map((pair) => pair.split('=')[0])).toEqual(['subject', 'body']);
  });
});

describe('the FEEDBACK_EMAIL setting', () => {
  it('falls back to a marked default on a reserved domain when unset or empty', () => {
    for (const value of [undefined, '', '  ']) expect(feedbackMailbox(value)).toEqual({ address: DEFAULT_FEEDBACK_EMAIL, configured: false });
    expect(DEFAULT_FEEDBACK_EMAIL).toMatch(/@[a-z-]*mangler\.invalid$/);
  });

  it('accepts a role mailbox written with or without mailto:', () => {
    expect(feedbackMailbox('kontakt@eksempel.dk')).toEqual({ address: 'kontakt@eksempel.dk', configured: true });
    expect(feedbackMailbox(' mailto:info@eksempel.dk ')).toEqual({ address: 'info@eksempel.dk', configured: true });
  });

  it('stops the build with a Danish message for a person’s address or a malformed one', () => {
    expect(() => feedbackMailbox('jens.hansen@eksempel.dk')).toThrow(/"FEEDBACK_EMAIL" må kun være en fælles postkasse \(fx info@, kontakt@, post@\), ikke en persons adresse/);
    expect(() => feedbackMailbox('kontakt@')).toThrow(/"FEEDBACK_EMAIL" skal begynde med mailto: og være en gyldig adresse/);
    expect(() => feedbackMailbox('kontakt@eksempel.dk?bcc=alle@eksempel.dk')).toThrow(/Sæt FEEDBACK_EMAIL til redaktionens fælles postkasse/);
  });
});
