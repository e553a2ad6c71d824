import type { HaloCore } from '../../halo-core.js'
import type { RequestOptions } from '../../options/request-options.js'
import type { DeleteOperation, RecordId, WithoutId } from './operation-types.js'

/** `delete(id, params?)` of a resource. Halo answers with the deleted record (or nothing). */
export function deleteMethods<TParams extends { readonly id: RecordId }>(
  core: HaloCore,
  remove: DeleteOperation<TParams>,
) {
  return {
    delete(id: TParams['id'], params?: WithoutId<TParams>, options?: RequestOptions): Promise<unknown> {
      return remove(core, { ...params, id } as unknown as TParams, options)
    },
  }
}
