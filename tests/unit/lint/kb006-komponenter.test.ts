import { describe, expect, it } from 'vitest';
import { komponenter, komponenterRule } from '../../../src/lib/lint/rules/kb006-komponenter.ts';
import { check } from './support.ts';

describe('KB006 komponenter', () => {
  it('passes Markdown and allowed HTML (no components)', () => {
    expect(check(komponenter, '## Overskrift\n\nTekst med <sup>2</sup>.')).toEqual([]);
  });

  it('refuses any component while none is offered', () => {
    const [finding] = check(komponenter, '<Callout type="note">Hej</Callout>');
    expect(finding?.message).toBe(
      'Komponenten <Callout> må ikke bruges. Der er ingen komponenter til rådighed i indhold. Skriv almindelig Markdown: ## overskrift, - punkt, **fed**, [link](/samling/navn/).',
    );
  });

  it('with an allow-list, accepts listed attributes and refuses others', () => {
    const rule = komponenterRule({ Callout: ['type'] });
    expect(check(rule, '<Callout type="note">Hej</Callout>')).toEqual([]);
    const [finding] = check(rule, '<Callout type="note" onClick="x">Hej</Callout>');
    expect(finding?.message).toBe('Attributten "onClick" er ikke tilladt på <Callout>. Tilladte: type.');
  });
});
