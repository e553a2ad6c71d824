import type { HaloCore } from '@halo/core'
import { perCoreNameLookup } from '@halo/core/resource'
import { priorityCrud } from '../../generated/crud-definitions.js'
import { listPriorities } from '../../generated/index.js'
import { checkPositiveInteger } from '../shared/record-id.js'

/** Options of `priorities.idOf`. */
export interface PriorityLookupOptions {
  /** The SLA whose priorities to look in (`GET /Priority?slaid=`). Without it, every SLA's are searched. */
  readonly slaId?: number | undefined
  readonly signal?: AbortSignal | undefined
}

// Keyed by `priorityid`, the number tickets carry as `priority_id`. Two SLAs share priority names with the
// same `priorityid`, so without an SLA a name still resolves unless the SLAs disagree.
const priorityNames = perCoreNameLookup<number>({
  kind: 'priority',
  load: async (core, scope) => {
    const rows = await listPriorities(core, scope === '' ? {} : { slaid: Number(scope) })
    return rows.flatMap((priority) =>
      typeof priority.priorityid === 'number' ? [{ name: priority.name, id: priority.priorityid }] : [],
    )
  },
})

/**
 * Priorities (`/Priority`), which Halo scopes by SLA: a record's `id` is a UUID string, its `priorityid`
 * is the number a ticket's `priority_id` holds. `idOf(name, { slaId })` answers that `priorityid`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { priorities, tickets } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const high = await priorities(core).idOf('High', { slaId: 1 })
 * await tickets(core).update(1001, { priority_id: high })
 * ```
 */
export function priorities(core: HaloCore) {
  return {
    ...priorityCrud.methods(core),
    /**
     * The `priorityid` (a ticket's `priority_id`) of the priority with this name in an SLA:
     * `idOf('High', { slaId: 1 })`. Case-insensitive, cached per core and SLA.
     */
    async idOf(name: string, options: PriorityLookupOptions = {}): Promise<number> {
      const scope = options.slaId === undefined ? '' : String(checkPositiveInteger(options.slaId, 'slaId'))
      return priorityNames(core, scope).resolve(name, options.signal)
    },
  }
}

export type PrioritiesResource = ReturnType<typeof priorities>
