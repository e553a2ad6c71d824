import type { HaloCore } from '../../halo-core.js'
import type { HaloList } from '../../list/halo-list.js'
import type { RequestOptions } from '../../options/request-options.js'

/** Halo record ids: integers almost everywhere, UUID strings for a few entities (priorities). */
export type RecordId = number | string

/** The shape of a generated list operation (`listTickets`). */
export type ListOperation<TParams, TEntity> = (
  core: HaloCore,
  params?: TParams,
  options?: RequestOptions,
) => HaloList<TEntity>

/** The shape of a generated get-by-id operation (`getTicket`). */
export type GetOperation<TParams extends { readonly id: RecordId }, TEntity> = (
  core: HaloCore,
  params: TParams,
  options?: RequestOptions,
) => Promise<TEntity>

/** The shape of a generated collection POST (`upsertTickets`): Halo takes an array of records. */
export type UpsertOperation<TBody> = (
  core: HaloCore,
  params: { readonly body: readonly TBody[] },
  options?: RequestOptions,
) => Promise<unknown>

/** The shape of a generated delete-by-id operation (`deleteTicket`). */
export type DeleteOperation<TParams extends { readonly id: RecordId }> = (
  core: HaloCore,
  params: TParams,
  options?: RequestOptions,
) => Promise<unknown>

/** Turns an entity as Halo sent it into the record a resource hands out (helpers attached). */
export type Decorate<TEntity, TRecord> = (entity: TEntity) => TRecord

/** Parameters of a by-id call without the id, which the method takes as its first argument. */
export type WithoutId<TParams> = Omit<TParams, 'id'>
