// Bundle budgets, enforced by `npm test` (size-limit 12 with esbuild; sizes are minified + brotli).
// Each tree-shaken entry is measured under the browser conditions (esbuild's default) and under the
// node conditions (platform node), as a bundler targeting either would resolve the packages.
// Core's budgets grew by about 3.5 kB when it learned to refuse hostile answers and careless input
// (bounded limiter waits, call deadlines, response size caps, header and body checks, clearer
// messages), to say who calls (User-Agent, HALO_LOG, request ids, withResponse) and to page ahead;
// each budget keeps under 1 kB of headroom so the next growth is a decision too. ofetch back in the
// transport (docs/decisions/0004-ofetch-in-the-transport.md) added about 3 kB with destr and ufo;
// its universal entry is bundled, so the node bundles match the browser ones. The client's budget
// fell with the validation schemas described once (docs/decisions/0005-model-schemas-described-once.md).

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
    // Raised from 27.5 kB for the streamed-body deadline (about 0.28 kB): `timeoutMs` covers a
    // streamed body's reads too, so a download that stalls mid-body fails instead of hanging.
    name: '@halo/core { createHaloCore } (browser)',
    path: core,
    import: '{ createHaloCore }',
    limit: '27.75 kB',
  },
  {
    name: '@halo/core { createHaloCore } (node)',
    path: core,
    import: '{ createHaloCore }',
    modifyEsbuildConfig: forNode,
    limit: '27.75 kB',
  },
  {
    // Raised from 44.5 kB for streamRecords / streamRecordTexts (a list answer read as it arrives,
    // about 1.2 kB) and the exported in-flight lease default: a require() takes the whole file.
    name: '@halo/core CommonJS build, whole file (node require; not tree-shaken)',
    path: 'packages/core/dist/index.cjs',
    limit: '46.25 kB',
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
    limit: '30.75 kB',
  },
  {
    name: '@halo/tickets { getTicket } with @halo/core { createHaloCore } (node)',
    ...oneOperationWithCore,
    modifyEsbuildConfig: forNode,
    limit: '30.75 kB',
  },
  {
    name: '@halo/tickets { tickets } resource factory with @halo/core { createHaloCore } (browser)',
    ...resourcesWithCore,
    limit: '35.25 kB',
  },
  {
    name: '@halo/tickets { tickets } resource factory with @halo/core { createHaloCore } (node)',
    ...resourcesWithCore,
    modifyEsbuildConfig: forNode,
    limit: '35.25 kB',
  },
  {
    name: '@halo/client { HaloClient } (browser, everything)',
    path: 'packages/client/dist/index.js',
    import: '{ HaloClient }',
    limit: '180 kB',
  },
]
