import { describe, expect, it } from 'vitest';
import { decapCollection } from '../../../src/lib/decap/config.ts';
import { EDITOR_RULES } from '../../../src/lib/decap/editor-rules.ts';
import type { DecapField } from '../../../src/lib/decap/fields.ts';
import { editorTable } from '../../../src/lib/decap/editor-table.ts';
import { allowlistFromLists, bodyProblem, PLAIN_FORMS, reviewDateProblem, textProblem } from '../../../src/lib/decap/input-rules.ts';
import type { Allowlist } from '../../../src/lib/lint/allowlist.ts';
import { RULES } from '../../../src/lib/lint/index.ts';
import { VALID } from '../schemas/fixtures.ts';
import { BASE, contentDir, lintDir, mdx, TODAY } from '../lint/support.ts';

/** One value the content check refuses: a field of an organisation (dotted path) or its body. */
interface Sample {
  rule: string;
  field: string;
  value: string;
  /** Other fields of the same entry that the sample needs. */
  with?: Record<string, unknown>;
}

const SAMPLES: Sample[] = [
  { rule: 'KB001', field: 'cvr', value: '12345678' },
  { rule: 'KB001', field: 'cvr', value: '1234' },
  { rule: 'KB001', field: 'kontakt.mail', value: 'mailto:fornavn.efternavn@eksempel.dk' },
  { rule: 'KB001', field: 'kontakt.mail', value: 'mailto:info' },
  { rule: 'KB001', field: 'kontakt.telefon', value: 'tel:+45 3333' },
  { rule: 'KB001', field: 'hjemmeside', value: 'http://hjerteforeningen.dk/' },
  { rule: 'KB001', field: 'hjemmeside', value: 'javascript:alert(1)' },
  { rule: 'KB001', field: 'navn', value: '' },
  { rule: 'KB001', field: 'naesteGennemgang', value: '2026-11-01' },
  { rule: 'KB003', field: 'body', value: 'Tekst <!-- en note --> her.' },
  { rule: 'KB003', field: 'body', value: '<Bemaerk type="info">\nPas på.' },
  { rule: 'KB004', field: 'body', value: 'import X from "y"' },
  { rule: 'KB005', field: 'body', value: 'Et udtryk {1 + 1} her.' },
  { rule: 'KB006', field: 'body', value: '<Boks>Tekst</Boks>' },
  { rule: 'KB007', field: 'body', value: '<div>Hej</div>' },
  { rule: 'KB008', field: 'body', value: '[Om foreningen](javascript:alert(1))' },
  { rule: 'KB008', field: 'body', value: '[Om foreningen](http://hjerteforeningen.dk/)' },
  { rule: 'KB009', field: 'body', value: '![billede](https://hjerteforeningen.dk/a.png)' },
  { rule: 'KB009', field: 'body', value: '![](https://hjerteforeningen.dk/a.png)' },
  { rule: 'KB011', field: 'body', value: 'Født 010165-1234.' },
  { rule: 'KB011', field: 'resume', value: 'Ring til 010165-1234.' },
  { rule: 'KB012', field: 'body', value: 'Skriv til jens.hansen@eksempel.dk for at høre mere.' },
  { rule: 'KB012', field: 'samarbejde', value: 'Ring til Jens på 21 21 21 21.' },
  { rule: 'KB013', field: 'body', value: 'Foreningen har en side. [Klik her](https://hjerteforeningen.dk/).' },
  { rule: 'KB014', field: 'naesteGennemgang', value: '2026-06-01', with: { sidstGennemgaaet: '2026-01-01' } },
  { rule: 'KB015', field: 'body', value: 'UDFYLD' },
  // In a field the placeholder is the schema's error (KB001); in the body it is KB015.
  { rule: 'KB001', field: 'resume', value: 'UDFYLD' },
  { rule: 'KB024', field: 'body', value: '<Bemaerk type="farlig">Pas på.</Bemaerk>' },
  { rule: 'KB024', field: 'body', value: '<Bemaerk type="info"></Bemaerk>' },
  { rule: 'KB031', field: 'resume', value: 'Om\u200b foreningen.' },
  { rule: 'KB031', field: 'body', value: 'Tekst med \u202eretningsskift.' },
];

const FIELDS = decapCollection('organisationer').fields;

function fieldAt(path: string): DecapField | undefined {
  const [head, ...rest] = path.split('.');
  const field = FIELDS.find((f) => f.name === head);
  return rest.length ? field?.fields?.find((f) => f.name === rest.join('.')) : field;
}

function day(text: unknown): Date | undefined {
  return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : undefined;
}

/** The exceptions the editor's script gets when the site is built from `content` (src/admin/cms.ts). */
function formAllowlist(content: string): Allowlist {
  return allowlistFromLists(editorTable('/stil.css', content).allowlist);
}

/** What the form says about the value in the field's widget, as src/admin/cms.ts runs it before saving. */
function formRefusal(sample: Sample, data: Record<string, unknown>, allow: Allowlist): string | undefined {
  const field = fieldAt(sample.field);
  if (!field) throw new Error(`Feltet ${sample.field} findes ikke i webeditoren.`);
  if (sample.value.trim() === '') return field.required ? `"${field.label}" skal udfyldes` : undefined;
  const plain = PLAIN_FORMS[field.widget as keyof typeof PLAIN_FORMS];
  if (plain) return plain.problem(plain.toStored(plain.toText(sample.value)));
  switch (field.widget) {
    case 'vb-markdown':
      return bodyProblem(sample.value, allow);
    case 'vb-string':
    case 'vb-text':
      return textProblem(sample.value, allow);
    case 'select':
      // Decap's select offers only the listed options.
      return field.options?.some((o) => o.value === sample.value) ? undefined : 'ikke en af mulighederne';
    case 'datetime':
      return day(sample.value) ? undefined : 'ikke en dato';
    case 'vb-review-date':
      return reviewDateProblem(day(sample.value)!, day(data['sidstGennemgaaet']), TODAY);
    default:
      throw new Error(`Testen kender ikke widgetten ${field.widget} (${sample.field}).`);
  }
}

function withValue(data: Record<string, unknown>, path: string, value: string): Record<string, unknown> {
  const [head = '', ...rest] = path.split('.');
  if (!rest.length) return { ...data, [head]: value };
  return { ...data, [head]: { ...(data[head] as object | undefined), [rest.join('.')]: value } };
}

describe('the web editor applies the content check’s rules before saving', () => {
  it('lists every rule of the check, each either in the form or with the reason it is checked after saving', () => {
    expect(Object.keys(EDITOR_RULES).sort()).toEqual(RULES.map((r) => r.id).sort());
    for (const [id, coverage] of Object.entries(EDITOR_RULES)) {
      const text = 'form' in coverage ? coverage.form : coverage.afterSave;
      expect(text.length, id).toBeGreaterThan(20);
    }
  });

  it('has a refused sample for every rule the form applies', () => {
    const inForm = Object.entries(EDITOR_RULES).filter(([, c]) => 'form' in c).map(([id]) => id);
    expect([...new Set(SAMPLES.map((s) => s.rule))].sort()).toEqual(inForm.sort());
  });

  it.each(SAMPLES.map((s) => [s.rule, s.field, JSON.stringify(s.value), s] as const))('%s: %s = %s is refused by the check and by the form', (rule, _f, _v, sample) => {
    const base = { ...VALID.organisationer, ...sample.with };
    const data = sample.field === 'body' ? base : withValue(base, sample.field, sample.value);
    const body = sample.field === 'body' ? sample.value : 'Tekst.';
    const dir = contentDir({ ...BASE, 'organisationer/hjerteforeningen.mdx': mdx(data, body) });
    const found = lintDir(dir).filter((p) => p.file.endsWith('hjerteforeningen.mdx')).map((p) => p.rule);
    expect(found, `npm run tjek siger ${found.join(', ')}`).toContain(rule);
    const refusal = formRefusal(sample, data, formAllowlist(dir));
    expect(refusal, 'webeditoren afviser ikke').toBeTruthy();
    expect(refusal).not.toMatch(/\^|\\d|\$\)/);
  });

  it('lets the valid organisation through the form', () => {
    const data = VALID.organisationer;
    const allow = formAllowlist(contentDir(BASE));
    for (const field of FIELDS) {
      const value = data[field.name];
      if (typeof value !== 'string') continue;
      expect(formRefusal({ rule: '', field: field.name, value }, data, allow), field.name).toBeUndefined();
    }
    expect(bodyProblem('## Om foreningen\n\nTekst.', allow)).toBeUndefined();
  });

  describe('honours the exceptions of content/undtagelser.yaml as the check does (KB011, KB012)', () => {
    const EXCEPTIONS = [
      '# Undtagelser til testen.',
      'cpr:',
      '  - "010165-1234"',
      'kontakt:',
      '  - "21 21 21 21"',
      '  - raadgivning.jens@eksempel.dk',
      '',
    ].join('\n');
    it.each([
      ['KB012', 'samarbejde', 'Ring til rådgivningslinjen på 21 21 21 21.', 'Ring til Jens på 22 22 22 22.'],
      ['KB012', 'body', 'Skriv til raadgivning.jens@eksempel.dk for at høre mere.', 'Skriv til jens.hansen@eksempel.dk for at høre mere.'],
      ['KB011', 'resume', 'Sagsnummer 010165-1234.', 'Sagsnummer 020265-1234.'],
    ] as const)('%s in %s: a listed value passes both, one not listed is refused by both', (rule, field, listed, unlisted) => {
      for (const [value, refused] of [[listed, false], [unlisted, true]] as const) {
        const data = field === 'body' ? VALID.organisationer : withValue(VALID.organisationer, field, value);
        const body = field === 'body' ? value : 'Tekst.';
        const dir = contentDir({ ...BASE, 'organisationer/hjerteforeningen.mdx': mdx(data, body), 'undtagelser.yaml': EXCEPTIONS });
        const found = lintDir(dir).filter((p) => p.file.endsWith('hjerteforeningen.mdx')).map((p) => p.rule);
        const refusal = formRefusal({ rule, field, value }, data, formAllowlist(dir));
        if (refused) {
          expect(found, value).toContain(rule);
          expect(refusal, value).toBeTruthy();
        } else {
          expect(found, value).toEqual([]);
          expect(refusal, value).toBeUndefined();
        }
      }
    });
  });
});
