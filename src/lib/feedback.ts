import { z } from 'astro/zod';
import { roleMailto } from '../schemas/shared/url.ts';
import { UI } from './ui.ts';

/**
 * The mailbox used until a deployment sets FEEDBACK_EMAIL. It is on the reserved `.invalid`
 * domain (RFC 2606), so a mail can never reach anyone by mistake, and its name says what is
 * missing. The build tests list it as a setting the owner must still fill in.
 */
export const DEFAULT_FEEDBACK_EMAIL = 'kontakt@feedback-email-mangler.invalid';

/** The mailbox readers' "Var siden nyttig?" mails go to, and whether a deployment set it. */
export interface FeedbackMailbox {
  address: string;
  configured: boolean;
}

const setting = 'FEEDBACK_EMAIL';

/**
 * Reads the FEEDBACK_EMAIL setting (`kontakt@eksempel.dk` or `mailto:kontakt@eksempel.dk`). Unset or
 * empty gives the marked default. Anything else must pass the schemas' role-mailbox rule, or the
 * build stops with a Danish message: a person's own address must never be published.
 */
export function feedbackMailbox(value: string | undefined): FeedbackMailbox {
  const raw = value?.trim() ?? '';
  if (raw === '') return { address: DEFAULT_FEEDBACK_EMAIL, configured: false };
  const withScheme = /^mailto:/i.test(raw) ? `mailto:${raw.slice('mailto:'.length)}` : `mailto:${raw}`;
  // Parsed as a field named after the setting, so the rule's messages name FEEDBACK_EMAIL.
  const parsed = z.object({ [setting]: roleMailto() }).safeParse({ [setting]: withScheme });
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => issue.message).join(' ');
    throw new Error(
      `Miljøvariablen ${setting} ("${raw}") kan ikke bruges som modtager af læsernes svar på "${UI.entry.feedback}". ${reasons} ` +
        `Sæt ${setting} til redaktionens fælles postkasse, fx ${setting}=kontakt@eksempel.dk, eller fjern variablen, indtil postkassen findes.`,
    );
  }
  return { address: parsed.data.FEEDBACK_EMAIL.slice('mailto:'.length), configured: true };
}

/** A reader's answer to "Var siden nyttig?". */
export type FeedbackAnswer = 'ja' | 'nej';

/** The subject and body of the prefilled mail for one answer about one page. */
export function feedbackMessage(answer: FeedbackAnswer, title: string, pageUrl: string): { subject: string; body: string } {
  const text = UI.nyttig.mail;
  return {
    subject: text.subject(answer === 'ja' ? UI.nyttig.yes : UI.nyttig.no, title, pageUrl),
    body: [...text.body[answer], '', '', `${text.page}: ${title}`, `${text.address}: ${pageUrl}`, '', text.privacy].join('\r\n'),
  };
}

/**
 * A `mailto:` link with a subject and a body (RFC 6068): each part percent-encoded as UTF-8, so
 * æ, ø, å, spaces (%20, never +), `&`, `?` and line breaks (%0D%0A) arrive as written.
 */
export function mailtoUrl(address: string, subject: string, body: string): string {
  return `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The link behind "Ja" or "Nej" under a page: a prefilled mail to the feedback mailbox. */
export function feedbackMailto(address: string, answer: FeedbackAnswer, title: string, pageUrl: string): string {
  const { subject, body } = feedbackMessage(answer, title, pageUrl);
  return mailtoUrl(address, subject, body);
}
