import { nodeRule } from '../findings.ts';
import type { LintRule } from '../types.ts';
import { attributeNames, isComponent, isJsxElement, JSX_TYPES } from './jsx.ts';
import { BEMAERK } from './kb024-bemaerk.ts';

/**
 * Components editors may use in MDX, with the attributes each accepts: only the callout, which
 * the entry page provides to every MDX body. An unknown one would break the page at build time.
 */
export const ALLOWED_COMPONENTS: Readonly<Record<string, readonly string[]>> = { [BEMAERK]: ['type'] };

/** Components whose attributes a rule of their own checks in detail (one finding per problem). */
const OWN_RULE = new Set([BEMAERK]);

/** KB006 for a given allow-list (tests pass their own). */
export function komponenterRule(allowed: Readonly<Record<string, readonly string[]>>): LintRule {
  const names = Object.keys(allowed);
  const offer = names.length ? `Tilladte komponenter: ${names.map((n) => `<${n}>`).join(', ')}.` : 'Der er ingen komponenter til rådighed i indhold.';
  return nodeRule({
    id: 'KB006',
    title: `Kun godkendte komponenter med faste attributværdier. ${offer}`,
    severity: 'fejl',
    guard: true,
    nodeTypes: JSX_TYPES,
    checkNode(node) {
      if (!isJsxElement(node) || !isComponent(node)) return undefined;
      const name = node.name ?? '';
      const attributes = allowed[name];
      if (!attributes) {
        return `Komponenten <${name}> må ikke bruges. ${offer} Skriv almindelig Markdown: ## overskrift, - punkt, **fed**, [link](/samling/navn/).`;
      }
      if (OWN_RULE.has(name)) return undefined;
      return attributeNames(node)
        .filter((a) => !attributes.includes(a))
        .map((attribute) => `Attributten "${attribute}" er ikke tilladt på <${name}>. Tilladte: ${attributes.join(', ') || 'ingen'}.`);
    },
  });
}

/** KB006: only listed components, only listed attributes (their values must be literal: KB005). */
export const komponenter = komponenterRule(ALLOWED_COMPONENTS);
