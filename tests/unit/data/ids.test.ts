import { describe, expect, it } from 'vitest';
import { stableId, uuidV5, VIDENSBASEN_NAMESPACE } from '../../../src/lib/data/ids.ts';

describe('uuidV5', () => {
  it('matches the RFC 4122 reference value for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('is stable, distinct per key and marked as version 5 with the RFC variant', () => {
    const a = stableId('organisationer/hjerteforeningen');
    expect(stableId('organisationer/hjerteforeningen')).toBe(a);
    expect(stableId('tilbud/hjerteforeningen')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(VIDENSBASEN_NAMESPACE).toMatch(/^[0-9a-f-]{36}$/);
  });
});
