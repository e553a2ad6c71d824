// `@halo/mock/msw`: the msw adapter, on its own entry point so that the main entry (the mock and its
// loopback server) loads without msw installed. msw is an optional peer dependency.
export { type HaloHandlers, haloHandlers } from './adapters/msw-handlers.js'
