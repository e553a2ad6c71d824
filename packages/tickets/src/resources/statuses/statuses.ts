import type { HaloCore } from '@halo/core'
import { statusCrud } from '../../generated/crud-definitions.js'

// `named()` keeps one name cache per core, shared by every `statuses(core)` made for it.
const statusResource = /* @__PURE__ */ statusCrud.named()

/**
 * Ticket statuses (`/Status`, a bare array): the common methods and a cached `idOf(name)`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { statuses, tickets } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const inProgress = await statuses(core).idOf('In Progress')
 * await tickets(core).update(1001, { status_id: inProgress })
 * ```
 */
export function statuses(core: HaloCore) {
  return statusResource.methods(core)
}

export type StatusesResource = ReturnType<typeof statuses>
