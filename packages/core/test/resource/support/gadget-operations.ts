// The operations of a made-up collection, declared only (the type tests never call them): the shapes
// the generated operations of a whole list/get/POST/DELETE set have.
import type { HaloCore } from '../../../src/halo-core.js'
import type { HaloList } from '../../../src/list/halo-list.js'
import type { RequestOptions } from '../../../src/options/request-options.js'

export interface Gadget {
  id?: number
  name?: string
}
export type GetGadgetParams = { readonly id: number; readonly includedetails?: boolean }
export type DeleteGadgetParams = { readonly id: number; readonly reason?: string }

export declare function listGadgets(
  core: HaloCore,
  params?: { readonly client_id?: number },
  options?: RequestOptions,
): HaloList<Gadget>
export declare function getGadget(
  core: HaloCore,
  params: GetGadgetParams,
  options?: RequestOptions,
): Promise<Gadget>
export declare function upsertGadgets(
  core: HaloCore,
  params: { readonly body: readonly Gadget[] },
  options?: RequestOptions,
): Promise<unknown>
export declare function deleteGadget(
  core: HaloCore,
  params: DeleteGadgetParams,
  options?: RequestOptions,
): Promise<unknown>
