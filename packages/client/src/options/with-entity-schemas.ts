import type { HaloCoreOptions } from '@halo/core'
import { allSchemas } from '../schemas/all-schemas.js'

/**
 * The options with every domain package's entity schemas added when responses are validated. The
 * caller's own `schemas` win over the packaged ones, so a user can loosen or tighten one entity.
 */
export function withEntitySchemas(options: HaloCoreOptions): HaloCoreOptions {
  if (typeof options !== 'object' || options === null) return options // the core explains what is wrong
  if (options.validate === undefined || options.validate === 'off') return options
  return { ...options, schemas: { ...allSchemas(), ...options.schemas } }
}
