export { listedNameLookup, type RecordNames } from './listed-name-lookup.js'
export type { NamedEntry, NameLookupCacheOptions } from './name-lookup-cache.js'
export { NameLookupCache, NameLookupError } from './name-lookup-cache.js'
export {
  type PerCoreNameLookup,
  type PerCoreNameLookupOptions,
  perCoreNameLookup,
} from './per-core-name-lookup.js'
