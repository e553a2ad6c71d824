import type { HaloCore } from '@halo/core'
import { deleteMethods, getMethods, listMethods, perCoreNameLookup, writeMethods } from '@halo/core'
import { deleteStatus, getStatus, listStatuses, upsertStatuses } from '../../generated/index.js'
import type { TicketStatus } from './ticket-status.js'

const statusNames = perCoreNameLookup<number>({
  kind: 'status',
  load: async (core) =>
    (await listStatuses(core)).flatMap((status) =>
      typeof status.id === 'number' ? [{ name: status.name, id: status.id }] : [],
    ),
})

/** Ticket statuses (`/Status`, a bare array): the common methods and a cached `idOf(name)`. */
export function statuses(core: HaloCore) {
  const decorate = (status: TicketStatus): TicketStatus => status
  return {
    ...listMethods(core, listStatuses, decorate),
    ...getMethods(core, getStatus, decorate),
    ...writeMethods(core, upsertStatuses, decorate),
    ...deleteMethods(core, deleteStatus),
    /** The id of the status with this name (case-insensitive): `idOf('In Progress')`. Cached per core. */
    async idOf(name: string, options?: { readonly signal?: AbortSignal }): Promise<number> {
      return statusNames(core).resolve(name, options?.signal)
    },
  }
}

export type StatusesResource = ReturnType<typeof statuses>
