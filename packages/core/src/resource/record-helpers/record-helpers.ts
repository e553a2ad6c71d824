import type { HaloCore } from '../../halo-core.js'
import type { RequestOptions } from '../../options/request-options.js'
import { deleteMethods } from '../resource-methods/delete-methods.js'
import { getMethods } from '../resource-methods/get-methods.js'
import type {
  Decorate,
  DeleteOperation,
  GetOperation,
  RecordId,
  UpsertOperation,
  WithoutId,
} from '../resource-methods/operation-types.js'
import { writeMethods } from '../resource-methods/write-methods.js'
import { recordIdOf } from './record-id-of.js'

/** `update`, `delete` and `refresh` on one record (a client, an invoice, an outcome …). */
export interface RecordHelpers<TRecord, TEntity, TGetParams, TDeleteParams> {
  /**
   * POSTs `[{ ...patch, id }]` (Halo updates the fields given and keeps the rest) and answers the
   * updated record as Halo returns it. The record it is called on is left as it was.
   */
  update(patch: TEntity, options?: RequestOptions): Promise<TRecord>
  /** Deletes the record (`DELETE /<Collection>/{id}`); answers what Halo returns. */
  delete(params?: WithoutId<TDeleteParams>, options?: RequestOptions): Promise<unknown>
  /** Fetches the record again, e.g. `refresh({ includedetails: true })` for its lines and custom fields. */
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
 * Builds the helpers of one record, to attach with `withMethods`. The id is read when a helper runs
 * (not when the record is made), and a record without one (a draft built by hand) fails with a message
 * naming `kind` rather than posting a create.
 */
export function recordHelpers<
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
): RecordHelpers<TRecord, TEntity, TGetParams, TDeleteParams> {
  const id = (): RecordId => recordIdOf(entity, kind)
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
