import type { HaloCore } from '../../halo-core.js'
import type { RequestOptions } from '../../options/request-options.js'
import type { Decorate } from './operation-types.js'

/** The shape of a generated `…/me` operation (`getCurrentAgent`): no parameters. */
export type CurrentRecordOperation = (
  core: HaloCore,
  params?: undefined,
  options?: RequestOptions,
) => Promise<unknown>

/**
 * `getMe()` of a resource with a `GET /<Collection>/me` endpoint (the agent the application acts as,
 * the user or client of the session). The spec documents no body for these endpoints, so the
 * generated operation answers `unknown`; Halo sends the same record as the collection's get.
 */
export function currentRecordMethods<TEntity, TRecord>(
  core: HaloCore,
  getCurrent: CurrentRecordOperation,
  decorate: Decorate<TEntity, TRecord>,
) {
  return {
    /** The record of the signed-in agent, user or client (`GET /<Collection>/me`). */
    async getMe(options?: RequestOptions): Promise<TRecord> {
      return decorate((await getCurrent(core, undefined, options)) as TEntity)
    },
  }
}
