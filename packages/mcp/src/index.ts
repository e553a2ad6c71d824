// @halo/mcp: Halo for AI agents over the Model Context Protocol, read-only unless told otherwise.
export { accessOfMethod, type OperationAccess } from './catalog/operation-access.js'
export {
  type CatalogOperation,
  type CatalogParameter,
  catalogOperation,
  operationCatalog,
} from './catalog/operation-catalog.js'
export { type JsonSchema, parametersSchema } from './catalog/parameters-schema.js'
export {
  type OperationMatch,
  type SearchOperationsOptions,
  searchOperations,
} from './catalog/search-operations.js'
export { createHaloMcpServer } from './create-halo-mcp-server.js'
export type { PlannedRequest } from './dry-run/recording-core.js'
export {
  EXIT_CONFIGURATION,
  EXIT_USAGE,
  HaloMcpStartError,
  type RunHaloMcpOptions,
  type RunningHaloMcp,
  runHaloMcp,
} from './run-halo-mcp.js'
export {
  DEFAULT_MAX_RESULT_CHARS,
  type HaloMcpServerOptions,
  type HaloMcpSource,
} from './server-options.js'
export { type HaloMcpHttpServer, type ServeHttpOptions, serveHaloMcpHttp } from './transports/serve-http.js'
export { type ServeStdioOptions, serveHaloMcpStdio } from './transports/serve-stdio.js'
export { MCP_SERVER_NAME, MCP_SERVER_VERSION } from './version.js'
