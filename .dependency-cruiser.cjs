/**
 * Import rules for the code (dependency-cruiser, run by tests/unit/repository/imports.test.ts):
 * no import circle, and no import upwards – the site's code (src/) never imports the repository
 * tooling (scripts/) or the tests, and the shared library (src/lib, src/schemas) never imports the
 * browser code or the web editor's bundle.
 */
module.exports = {
  forbidden: [
    { name: 'ingen-cirkel', severity: 'error', comment: 'Moduler må ikke importere hinanden i ring.', from: {}, to: { circular: true } },
    {
      name: 'src-importerer-ikke-scripts',
      severity: 'error',
      comment: 'Webstedets kode (src/) må ikke importere værktøjerne i scripts/ eller testene.',
      from: { path: '^src/' },
      to: { path: '^(scripts|tests)/' },
    },
    {
      name: 'biblioteket-importerer-ikke-opad',
      severity: 'error',
      comment: 'src/lib og src/schemas bruges af sider, lint og værktøjer; de må ikke importere browserkode, editorens bundle, sider eller komponenter.',
      from: { path: '^src/(lib|schemas)/' },
      to: { path: '^src/(scripts|admin|pages|components|layouts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist|tests/fixtures)' },
    tsPreCompilationDeps: true,
    combinedDependencies: true,
  },
};
