import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUARD_RULES, RULES } from '../../../src/lib/lint/index.ts';

describe('the rule registry', () => {
  it('has unique ids in order, a Danish title and its own test file for every rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...new Set(ids)].sort());
    const testFiles = readdirSync(import.meta.dirname);
    for (const rule of RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(20);
      expect(testFiles.some((f) => f.startsWith(`${rule.id.toLowerCase()}-`) && f.endsWith('.test.ts')), `test for ${rule.id}`).toBe(true);
    }
  });

  it('guards the build against code, raw HTML and unsafe links, and against a <Bemaerk> that would render wrongly', () => {
    expect(GUARD_RULES.map((r) => r.id)).toEqual(['KB004', 'KB005', 'KB006', 'KB007', 'KB008', 'KB024']);
  });

  it('makes every guard rule a node rule with its node types, so the Sätteri guard can run it as visitors', () => {
    for (const rule of GUARD_RULES) {
      expect(rule.checkNode, rule.id).toBeTypeOf('function');
      expect(rule.nodeTypes?.length, rule.id).toBeGreaterThan(0);
    }
  });
});
