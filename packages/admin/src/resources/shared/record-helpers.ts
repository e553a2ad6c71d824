import {
  type Decorate,
  type DeleteOperation,
  deleteMethods,
  type GetOperation,
  getMethods,
  type HaloCore,
  type RecordId,
  type RequestOptions,
  type UpsertOperation,
  type WithoutId,
  writeMethods,
} from '@halo/core'

/** `update`, `delete` and `refresh` on a configuration record (a field, a lookup value, an outcome …). */
export interface AdminRecordHelpers<TRecord, TEntity, TGetParams, TDeleteParams> {
  /**
   * POSTs `[{ ...patch, id }]` (Halo updates the fields given and keeps the rest) and answers the
   * updated record as Halo returns it. The record it is called on is left as it was.
   */
  update(patch: TEntity, options?: RequestOptions): Promise<TRecord>
  /** Deletes the record (`DELETE /<Collection>/{id}`); answers what Halo returns. */
  delete(params?: WithoutId<TDeleteParams>, options?: RequestOptions): Promise<unknown>
  /** Fetches the record again (e.g. `refresh({ includedetails: true })`). */
  refresh(params?: WithoutId<TGetParams>, options?: RequestOptions): Promise<TRecord>
}

/** The generated operations a record's helpers call. */
export interface RecordOperations<
  TEntity,
  TGetParams extends { readonly id: RecordId },
  TDeleteParams extends { readonly id: RecordId },
> {
  readonly get: GetOperation<TGetParams, TEntity>
  readonly upsert: UpsertOperation<TEntity>
  readonly remove: DeleteOperation<TDeleteParams>
}

/**
 * Builds the helpers of one record. The id is read when a helper runs (not when the record is made),
 * and a record without one (a draft built by hand) fails with a message rather than posting a create.
 */
export function adminRecordHelpers<
  TEntity extends { readonly id?: RecordId | null | undefined },
  TRecord,
  TGetParams extends { readonly id: RecordId },
  TDeleteParams extends { readonly id: RecordId },
>(
  core: HaloCore,
  entity: TEntity,
  kind: string,
  operations: RecordOperations<TEntity, TGetParams, TDeleteParams>,
  decorate: Decorate<TEntity, TRecord>,
): AdminRecordHelpers<TRecord, TEntity, TGetParams, TDeleteParams> {
  const id = (): RecordId => recordId(entity, kind)
  return {
    // async so that a missing id rejects like every other failure instead of throwing synchronously
    update: async (patch, options) =>
      writeMethods(core, operations.upsert, decorate).update(id(), patch, options),
    delete: async (params, options) =>
      deleteMethods(core, operations.remove).delete(id() as TDeleteParams['id'], params, options),
    refresh: async (params, options) =>
      getMethods(core, operations.get, decorate).get(id() as TGetParams['id'], params, options),
  }
}

/** The id of a record, or a TypeError naming what is missing. */
export function recordId(entity: { readonly id?: RecordId | null | undefined }, kind: string): RecordId {
  const { id } = entity
  if (typeof id === 'number' && id > 0) return id
  if (typeof id === 'string' && id !== '') return id
  throw new TypeError(`This ${kind} record has no id (was it built by hand rather than fetched or created?)`)
}
