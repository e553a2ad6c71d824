import type { EntitySchemas, HaloCoreOptions } from '@halo/core'
import { loadAllSchemas } from '../schemas/all-schemas.js'

/**
 * The options with every domain package's entity schemas added when responses are validated. They
 * are handed to the core as a loader, so they are imported the first time a response is validated,
 * never with validation off. The caller's own `schemas` (a record or a loader) win over the packaged
 * ones, so a user can loosen or tighten one entity.
 */
export function withEntitySchemas(options: HaloCoreOptions): HaloCoreOptions {
  if (typeof options !== 'object' || options === null) return options // the core explains what is wrong
  if (options.validate === undefined || options.validate === 'off') return options
  const own = options.schemas
  return {
    ...options,
    schemas: async (): Promise<EntitySchemas> => {
      const [packaged, mine] = await Promise.all([loadAllSchemas(), typeof own === 'function' ? own() : own])
      return { ...packaged, ...mine }
    },
  }
}
