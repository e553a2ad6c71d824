import type { HaloCore } from '../../halo-core.js'
import type { RequestOptions } from '../../options/request-options.js'
import type { Decorate, GetOperation, RecordId, WithoutId } from './operation-types.js'

/** `get(id, params?)` of a resource: one record by id, decorated. */
export function getMethods<TParams extends { readonly id: RecordId }, TEntity, TRecord>(
  core: HaloCore,
  get: GetOperation<TParams, TEntity>,
  decorate: Decorate<TEntity, TRecord>,
) {
  return {
    async get(id: TParams['id'], params?: WithoutId<TParams>, options?: RequestOptions): Promise<TRecord> {
      // The id argument wins over an `id` smuggled into params.
      const entity = await get(core, { ...params, id } as unknown as TParams, options)
      return decorate(entity)
    },
  }
}
