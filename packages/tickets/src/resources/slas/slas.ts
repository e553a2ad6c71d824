import type { HaloCore } from '@halo/core'
import { slaCrud } from '../../generated/crud-definitions.js'

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
  return slaCrud.methods(core)
}

export type SlasResource = ReturnType<typeof slas>
