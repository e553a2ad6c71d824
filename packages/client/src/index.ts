// @halo/client: the HaloClient facade over every domain package.

// Everything @halo/core offers (createHaloCore, errors and their predicates, options and list types),
// so one import is enough: `import { HaloClient, HaloResourceNotFound, isHaloError } from '@halo/client'`.
export * from '@halo/core'
// Runtime helpers of the domain packages that work on what the resources answer.
export {
  type ExportColumn,
  type ExportRow,
  HaloReportError,
  type RowsToCsvOptions,
  type RowsToXlsxOptions,
  rowsToCsv,
  rowsToXlsx,
} from '@halo/reporting'
export type * from './domain-types.js'
export {
  HaloClient,
  type HaloClientOptions,
  type HaloEnvironment,
  type HaloNamespaceName,
  type HaloOperations,
} from './halo-client.js'
export {
  allTagNamespaces,
  type GeneratedNamespaceName,
  type GeneratedNamespaces,
  type HaloTag,
  namespaceOfTag,
} from './namespaces/generated-namespaces.js'
export { allOperationDescriptors } from './operations/all-operation-descriptors.js'
export { type AllOperations, allOperations } from './operations/all-operations.js'
export type { BoundOperation, BoundOperations, GeneratedOperation } from './operations/bind-operations.js'
export { type HaloResourceName, type HaloResources, resourceFactories } from './resources/halo-resources.js'
export {
  DEFAULT_SEARCH_LIMIT,
  type UniversalSearchOptions,
  type UniversalSearchResults,
} from './search/universal-search.js'
