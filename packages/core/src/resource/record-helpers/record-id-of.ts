import type { RecordId } from '../resource-methods/operation-types.js'

/**
 * The id of a record a helper acts on, or a TypeError naming what is missing. A record built by hand
 * without an id cannot be updated, deleted or refreshed, and posting it would create a new record.
 */
export function recordIdOf(entity: { readonly id?: RecordId | null | undefined }, kind: string): RecordId {
  const { id } = entity
  if (typeof id === 'number' && id > 0) return id
  if (typeof id === 'string' && id !== '') return id
  throw new TypeError(`This ${kind} record has no id (was it built by hand rather than fetched or created?)`)
}
