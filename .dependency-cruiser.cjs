/**
 * Layer rule: imports go one way, ui → state → sync / storage → domain.
 * pdf and pwa sit beside sync/storage: they may use domain only.
 */
const layer = (name) => `^src/${name}/`;

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'domain/ knows nothing of storage, sync, state, pdf, pwa or ui',
      from: { path: layer('domain') },
      to: { path: '^src/(storage|sync|state|pdf|pwa|ui)/' },
    },
    {
      name: 'domain-has-no-dom-libraries',
      severity: 'error',
      from: { path: layer('domain') },
      to: { path: 'node_modules/(preact|dexie|y-indexeddb|zustand|pdf-lib|@hocuspocus|workbox-window)' },
    },
    {
      name: 'storage-below-state',
      severity: 'error',
      from: { path: '^src/(storage|sync|pdf|pwa)/' },
      to: { path: '^src/(state|ui)/' },
    },
    {
      name: 'storage-and-sync-are-siblings',
      severity: 'error',
      comment: 'storage and sync meet in state, never import each other',
      from: { path: layer('storage') },
      to: { path: layer('sync') },
    },
    {
      name: 'sync-does-not-import-storage',
      severity: 'error',
      from: { path: layer('sync') },
      to: { path: layer('storage') },
    },
    {
      name: 'state-below-ui',
      severity: 'error',
      from: { path: layer('state') },
      to: { path: layer('ui') },
    },
    {
      name: 'server-is-not-the-app',
      severity: 'error',
      comment: 'the server may share domain-free sync protocol code only',
      from: { path: '^server/' },
      to: { path: '^src/(storage|state|ui|pdf|pwa)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.tsx?$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
