// Bundle budgets, enforced by `npm test` (size-limit 12 with esbuild; sizes are minified + brotli).
// Each tree-shaken entry is measured under the browser conditions (esbuild's default) and under the
// node conditions (platform node), as a bundler targeting either would resolve the packages.

/** Bundles for Node: resolves the `node` export condition and treats built-ins as external. */
const forNode = (config) => ({ ...config, platform: 'node' })

const core = 'packages/core/dist/index.js'
const tickets = 'packages/tickets/dist/index.js'

const oneOperationWithCore = {
  path: [tickets, core],
  import: { [tickets]: '{ getTicket }', [core]: '{ createHaloCore }' },
}
const resourcesWithCore = {
  path: [tickets, core],
  import: { [tickets]: '{ tickets }', [core]: '{ createHaloCore }' },
}

export default [
  {
    name: '@halo/core { createHaloCore } (browser)',
    path: core,
    import: '{ createHaloCore }',
    limit: '19.5 kB',
  },
  {
    name: '@halo/core { createHaloCore } (node)',
    path: core,
    import: '{ createHaloCore }',
    modifyEsbuildConfig: forNode,
    limit: '19.5 kB',
  },
  {
    name: '@halo/core CommonJS build, whole file (node require; not tree-shaken)',
    path: 'packages/core/dist/index.cjs',
    limit: '36 kB',
  },
  {
    name: '@halo/tickets: one generated operation ({ getTicket })',
    path: tickets,
    import: '{ getTicket }',
    limit: '6 kB',
  },
  {
    name: '@halo/tickets { getTicket } with @halo/core { createHaloCore } (browser)',
    ...oneOperationWithCore,
    limit: '21 kB',
  },
  {
    name: '@halo/tickets { getTicket } with @halo/core { createHaloCore } (node)',
    ...oneOperationWithCore,
    modifyEsbuildConfig: forNode,
    limit: '21 kB',
  },
  {
    name: '@halo/tickets { tickets } resource factory with @halo/core { createHaloCore } (browser)',
    ...resourcesWithCore,
    limit: '25.5 kB',
  },
  {
    name: '@halo/tickets { tickets } resource factory with @halo/core { createHaloCore } (node)',
    ...resourcesWithCore,
    modifyEsbuildConfig: forNode,
    limit: '25.5 kB',
  },
  {
    name: '@halo/client { HaloClient } (browser, everything)',
    path: 'packages/client/dist/index.js',
    import: '{ HaloClient }',
    limit: '210 kB',
  },
]
