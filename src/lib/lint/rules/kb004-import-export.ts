import { nodeRule } from '../findings.ts';

/** KB004: `import` and `export` run code during the build (docs/sikkerhed.md, R1). */
export const importExport = nodeRule({
  id: 'KB004',
  title: 'Ingen import eller export i MDX: det er kode, som ville blive kørt under bygningen.',
  severity: 'fejl',
  guard: true,
  nodeTypes: ['mdxjsEsm'],
  checkNode(node) {
    if (node.type !== 'mdxjsEsm') return undefined;
    const word = /^\s*export/.test(node.value) ? 'export' : 'import';
    return `"${word}" er kode og må ikke stå i indhold. Slet linjen, skriv teksten direkte, og brug et link som [tekst](/samling/navn/) i stedet for at importere.`;
  },
});
