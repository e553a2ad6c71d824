import type { HaloCore } from '@halo/core'
import { crudMethods, listedNameLookup, nameLookupMethods } from '@halo/core/resource'
import { deleteStatus, getStatus, listStatuses, upsertStatuses } from '../../generated/index.js'
import type { TicketStatus } from './ticket-status.js'

const statusNames = listedNameLookup('status', listStatuses)

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
  const decorate = (status: TicketStatus): TicketStatus => status
  return {
    ...crudMethods(
      core,
      { list: listStatuses, get: getStatus, upsert: upsertStatuses, remove: deleteStatus },
      decorate,
    ),
    ...nameLookupMethods(core, statusNames),
  }
}

export type StatusesResource = ReturnType<typeof statuses>
