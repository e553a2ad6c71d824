import type { HaloCore } from '../../halo-core.js'
import type { HaloList } from '../../list/halo-list.js'
import type { ListControls } from '../../operation/descriptor.js'
import type { RequestOptions } from '../../options/request-options.js'
import { mapHaloList } from '../map-halo-list/map-halo-list.js'
import type { Decorate, ListOperation } from './operation-types.js'

/** `list(params?)` of a resource: every matching record, decorated, as a `HaloList`. */
export function listMethods<TParams, TEntity, TRecord>(
  core: HaloCore,
  list: ListOperation<TParams, TEntity>,
  decorate: Decorate<TEntity, TRecord>,
) {
  return {
    list(params?: TParams, options?: RequestOptions): HaloList<TRecord> {
      return mapHaloList(list(core, params, options), decorate)
    },
  }
}

/** Options of `search(term, options)`: the list's other filters, and `limit`. */
export type SearchOptions<TParams> = Omit<TParams, 'search'> & ListControls

/**
 * `search(term, { limit })` for resources whose list endpoint takes Halo's `search` filter. It is the
 * list with `search` set, so it pages the same way and `limit` caps it.
 */
export function searchMethods<TParams extends { readonly search?: string | undefined }, TEntity, TRecord>(
  core: HaloCore,
  list: ListOperation<TParams, TEntity>,
  decorate: Decorate<TEntity, TRecord>,
) {
  return {
    search(
      term: string,
      options?: SearchOptions<TParams>,
      requestOptions?: RequestOptions,
    ): HaloList<TRecord> {
      if (typeof term !== 'string') throw new TypeError('search(term): term must be a string')
      const params = { ...options, search: term } as unknown as TParams
      return mapHaloList(list(core, params, requestOptions), decorate)
    },
  }
}
