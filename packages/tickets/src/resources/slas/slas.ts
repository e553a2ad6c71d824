import type { HaloCore } from '@halo/core'
import { crudMethods } from '@halo/core/resource'
import type { Sla } from '../../generated/index.js'
import { deleteSla, getSla, listSlas, upsertSlas } from '../../generated/index.js'

/**
 * SLAs (`/SLA`): `list({ showpriorities: true })` embeds each SLA's priorities; get, create, update, delete.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { slas } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * for (const sla of await slas(core).list({ showpriorities: true })) {
 *   console.log(sla.name, sla.priorities?.map((priority) => priority.name))
 * }
 * ```
 */
export function slas(core: HaloCore) {
  const decorate = (sla: Sla): Sla => sla
  return {
    ...crudMethods(core, { list: listSlas, get: getSla, upsert: upsertSlas, remove: deleteSla }, decorate),
  }
}

export type SlasResource = ReturnType<typeof slas>
