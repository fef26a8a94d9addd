import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../src/lib/data/csv.ts';

const columns = [
  { header: 'Navn', description: '', value: (r: { navn: string; note?: string }) => r.navn },
  { header: 'Bemærkning', description: '', value: (r: { navn: string; note?: string }) => r.note },
];

describe('toCsv', () => {
  const bytes = Buffer.from(toCsv(columns, [{ navn: 'Blå Kors', note: 'Gratis; for alle' }, { navn: 'Kræftens Bekæmpelse' }]), 'utf8');

  it('starts with the UTF-8 byte order mark and writes æ, ø and å as UTF-8', () => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from([0xc3, 0xa5]))).toBe(true); // å
    expect(bytes.includes(Buffer.from([0xc3, 0xa6]))).toBe(true); // æ
    expect(bytes.toString('utf8')).toContain('Bemærkning');
  });

  it('separates cells with ; and ends every line with CRLF', () => {
    const text = bytes.toString('utf8').slice(1);
    expect(text).toBe('Navn;Bemærkning\r\nBlå Kors;"Gratis; for alle"\r\nKræftens Bekæmpelse;\r\n');
  });
});

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('a "b"')).toBe('"a ""b"""');
    expect(csvCell('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"');
    expect(csvCell('ingenting')).toBe('ingenting');
    expect(csvCell(undefined)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula, but leaves phone numbers and dates', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('+45 33 33 33 33')).toBe('+45 33 33 33 33');
    expect(csvCell('2026-11-22')).toBe('2026-11-22');
  });
});
