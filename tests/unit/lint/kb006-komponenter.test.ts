import { describe, expect, it } from 'vitest';
import { komponenter, komponenterRule } from '../../../src/lib/lint/rules/kb006-komponenter.ts';
import { check } from './support.ts';

describe('KB006 komponenter', () => {
  it('passes Markdown and allowed HTML (no components)', () => {
    expect(check(komponenter, '## Overskrift\n\nTekst med <sup>2</sup>.')).toEqual([]);
  });

  it('refuses every component but <Bemaerk>, and names the one that is offered', () => {
    const [finding] = check(komponenter, '<Callout type="note">Hej</Callout>');
    expect(finding?.message).toBe(
      'Komponenten <Callout> må ikke bruges. Tilladte komponenter: <Bemaerk>. Skriv almindelig Markdown: ## overskrift, - punkt, **fed**, [link](/samling/navn/).',
    );
    // Lower case is an HTML element (KB007's business); a member name is another component.
    const names = check(komponenter, '<Faktaboks>Hej</Faktaboks>\n\n<bemaerk type="info">Hej</bemaerk>\n\n<Bemaerk.Indre>x</Bemaerk.Indre>')
      .map((f) => /<([^>]+)>/.exec(f.message)?.[1]);
    expect(names).toEqual(['Faktaboks', 'Bemaerk.Indre']);
  });

  it('allows <Bemaerk> and leaves its attributes to KB024 (one finding per problem)', () => {
    expect(check(komponenter, '<Bemaerk type="info">Hej</Bemaerk>')).toEqual([]);
    expect(check(komponenter, '<Bemaerk type="info" titel="x">Hej</Bemaerk>')).toEqual([]);
  });

  it('without components on offer, says there are none', () => {
    const [finding] = check(komponenterRule({}), '<Callout type="note">Hej</Callout>');
    expect(finding?.message).toContain('Der er ingen komponenter til rådighed i indhold.');
  });

  it('with an allow-list, accepts listed attributes and refuses others', () => {
    const rule = komponenterRule({ Callout: ['type'] });
    expect(check(rule, '<Callout type="note">Hej</Callout>')).toEqual([]);
    const [finding] = check(rule, '<Callout type="note" onClick="x">Hej</Callout>');
    expect(finding?.message).toBe('Attributten "onClick" er ikke tilladt på <Callout>. Tilladte: type.');
  });
});
