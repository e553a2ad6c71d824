import type { HaloCore } from '../../halo-core.js'
import type { RequestOptions } from '../../options/request-options.js'
import type { DeleteOperation, RecordId, WithoutId } from './operation-types.js'

/** What `deleteMany` answers: the ids deleted, and each failure with its error, in input order. */
export interface DeleteManyResult<TId> {
  readonly deleted: TId[]
  readonly failures: { readonly id: TId; readonly error: unknown }[]
}

/** Options of `deleteMany`: per-call options and the delete's own query parameters. */
export interface DeleteManyOptions<TParams> extends RequestOptions {
  readonly params?: WithoutId<TParams> | undefined
}

/**
 * `delete(id, params?)` and `deleteMany(ids)` of a resource. Halo answers a delete with the deleted
 * record (or nothing) and has no bulk delete, so `deleteMany` sends one DELETE per id (the core's
 * concurrency limit and rate limiter pace them) and reports failures instead of stopping at the first.
 */
export function deleteMethods<TParams extends { readonly id: RecordId }>(
  core: HaloCore,
  remove: DeleteOperation<TParams>,
) {
  const deleteOne = (id: TParams['id'], params?: WithoutId<TParams>, options?: RequestOptions) =>
    remove(core, { ...params, id } as unknown as TParams, options)
  return {
    delete: deleteOne,
    async deleteMany(
      ids: readonly TParams['id'][],
      options: DeleteManyOptions<TParams> = {},
    ): Promise<DeleteManyResult<TParams['id']>> {
      const { params, ...requestOptions } = options
      const settled = await Promise.allSettled(ids.map((id) => deleteOne(id, params, requestOptions)))
      const result: DeleteManyResult<TParams['id']> = { deleted: [], failures: [] }
      settled.forEach((outcome, index) => {
        const id = ids[index] as TParams['id']
        if (outcome.status === 'fulfilled') result.deleted.push(id)
        else result.failures.push({ id, error: outcome.reason })
      })
      return result
    },
  }
}
