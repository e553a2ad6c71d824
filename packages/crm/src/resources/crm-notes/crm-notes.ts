import type { HaloCore } from '@halo/core'
import { crmNoteCrud } from '../../generated/crud-definitions.js'

export type { CrmNoteRecord } from '../../generated/crud-definitions.js'

/**
 * CRM notes (`/CRMNote`): `list({ client_id })`, `get`, `create`, `update`, `delete`, `deleteMany`,
 * `createMany`, `upsertMany`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { crmNotes } from '@halo/crm'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * await crmNotes(core).create({ client_id: 11, note: 'Renewal call booked for March' })
 * const notes = await crmNotes(core).list({ client_id: 11 })
 * ```
 */
export function crmNotes(core: HaloCore) {
  return crmNoteCrud.methods(core)
}

export type CrmNotesResource = ReturnType<typeof crmNotes>
