import type { HaloCore } from '../../halo-core.js'
import type { RequestOptions } from '../../options/request-options.js'
import type {
  Decorate,
  DeleteOperation,
  GetOperation,
  RecordId,
  UpsertOperation,
  WithoutId,
} from '../resource-methods/operation-types.js'
import { writeMethods } from '../resource-methods/write-methods.js'
import { lazyMethods } from '../with-methods/lazy-methods.js'
import { recordIdOf } from './record-id-of.js'

/**
 * Options of a record helper that calls Halo with query parameters of its own (`delete`, `refresh`):
 * the per-call options, plus the operation's parameters (without the id, which the record supplies)
 * under `params`. Keeping them apart means `invoice.delete({ signal })` aborts the call instead of
 * sending `?signal=` to Halo.
 */
export interface RecordCallOptions<TParams = Record<string, never>> extends RequestOptions {
  /** Query parameters by wire name, e.g. `{ params: { includedetails: false } }`. */
  readonly params?: WithoutId<TParams> | undefined
}

/**
 * `update`, `delete` and `refresh` of one record (a ticket, an invoice, an outcome …): one signature on
 * every record of the library, each async (a missing id rejects like any other failure). `this` is the
 * record's own type, so `invoice.refresh()` answers an invoice record with every helper.
 */
export interface RecordHelpers<
  TEntity,
  TGetParams = Record<string, never>,
  TDeleteParams = Record<string, never>,
> {
  /**
   * POSTs `[{ ...patch, id }]` (Halo updates the fields given and keeps the rest) and answers the
   * updated record as Halo returns it. The record it is called on is left as it was.
   */
  update(patch: TEntity, options?: RequestOptions): Promise<this>
  /** Deletes the record (`DELETE /<Collection>/{id}`); answers what Halo returns. */
  delete(options?: RecordCallOptions<TDeleteParams>): Promise<unknown>
  /** Fetches the record again (with its details unless `params` say otherwise). */
  refresh(options?: RecordCallOptions<TGetParams>): Promise<this>
}

/** A record as resources hand it out: every wire field Halo sent, plus the record helpers. */
export type HaloRecord<
  TEntity,
  TGetParams = Record<string, never>,
  TDeleteParams = Record<string, never>,
> = TEntity & RecordHelpers<TEntity, TGetParams, TDeleteParams>

/** The generated operations a record's helpers call, and how the record keys them. */
export interface RecordOperations<
  TEntity,
  TGetParams extends { readonly id: RecordId },
  TDeleteParams extends { readonly id: RecordId },
> {
  readonly get: GetOperation<TGetParams, TEntity>
  readonly upsert: UpsertOperation<TEntity>
  readonly remove: DeleteOperation<TDeleteParams>
  /** Parameters `refresh` sends unless the caller's `params` say otherwise. Default `{ includedetails: true }`. */
  readonly refreshParams?: Partial<WithoutId<TGetParams>> | undefined
  /**
   * Keys besides `id` that Halo needs to address the record (an action needs its `ticket_id`): read from
   * the record when a helper runs and sent with every helper's call.
   */
  readonly keys?: ((entity: TEntity, helper: string) => Readonly<Record<string, RecordId>>) | undefined
}

/**
 * Builds the helpers of one record. The id is read when a helper runs (not when the record is made),
 * and a record without one fails with `recordIdOf`'s message rather than posting a create.
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
) {
  const keysFor = (helper: string) => ({
    ...operations.keys?.(entity, helper),
    id: recordIdOf(entity, kind, helper),
  })
  const refreshParams = operations.refreshParams ?? { includedetails: true }
  return {
    async update(patch: TEntity, options?: RequestOptions): Promise<TRecord> {
      const { id, ...keys } = keysFor('update')
      return writeMethods(core, operations.upsert, decorate).update(id, { ...patch, ...keys }, options)
    },
    async delete(options: RecordCallOptions<TDeleteParams> = {}): Promise<unknown> {
      const { params, ...requestOptions } = options
      const query = { ...params, ...keysFor('delete') } as unknown as TDeleteParams
      return operations.remove(core, query, requestOptions)
    },
    async refresh(options: RecordCallOptions<TGetParams> = {}): Promise<TRecord> {
      const { params, ...requestOptions } = options
      const query = { ...refreshParams, ...params, ...keysFor('refresh') } as unknown as TGetParams
      return decorate(await operations.get(core, query, requestOptions))
    },
  }
}

/** Context a record's extra helpers get: its id (checked when called) and the decorator itself. */
export interface RecordContext<TEntity, TRecord> {
  /** The record's id, or the library's one id error naming `helper`. */
  readonly id: (helper: string) => RecordId
  /** Decorates another entity of the same kind (what a helper answers after a POST). */
  readonly decorate: Decorate<TEntity, TRecord>
}

/**
 * The decorator of one kind of record: attaches `update`, `delete`, `refresh` and the kind's own extra
 * helpers (built by `extras` from the record and its context) as non-enumerable methods, each
 * record's built when one of them is first read (`lazyMethods`).
 *
 * ```ts
 * export type InvoiceRecord = HaloRecord<Invoice, GetInvoiceParams, DeleteInvoiceParams> & InvoiceExtras
 * const invoiceRecord = (core: HaloCore) =>
 *   recordDecorator<Invoice, GetInvoiceParams, DeleteInvoiceParams, InvoiceExtras>(core, 'invoice', ops, extras)
 * ```
 */
export function recordDecorator<
  TEntity extends { readonly id?: RecordId | null | undefined },
  TGetParams extends { readonly id: RecordId },
  TDeleteParams extends { readonly id: RecordId },
  TExtras extends object = Record<never, never>,
>(
  core: HaloCore,
  kind: string,
  operations: RecordOperations<TEntity, TGetParams, TDeleteParams>,
  extras?: (
    entity: TEntity,
    context: RecordContext<TEntity, HaloRecord<TEntity, TGetParams, TDeleteParams> & NoInfer<TExtras>>,
  ) => TExtras,
): Decorate<TEntity, HaloRecord<TEntity, TGetParams, TDeleteParams> & TExtras> {
  type TRecord = HaloRecord<TEntity, TGetParams, TDeleteParams> & TExtras
  // Built when a helper of the record is first read: most listed records never use theirs.
  const attach = lazyMethods((entity: TEntity) => {
    const context: RecordContext<TEntity, TRecord> = {
      id: (helper) => recordIdOf(entity, kind, helper),
      decorate,
    }
    return {
      ...recordHelpers(core, entity, kind, operations, decorate),
      ...extras?.(entity, context),
    }
  })
  const decorate = (entity: TEntity): TRecord => attach(entity) as unknown as TRecord
  return decorate
}
