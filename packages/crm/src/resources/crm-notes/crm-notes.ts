import type { HaloCore } from '@halo/core'
import { type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import { deleteCrmNote, getCrmNote, listCrmNotes, upsertCrmNotes } from '../../generated/index.js'

const crmNoteResource = defineCrudResource('crmNote', {
  list: listCrmNotes,
  get: getCrmNote,
  upsert: upsertCrmNotes,
  remove: deleteCrmNote,
})

/** A CRM note on a client (Halo's `AreaNote`: `client_id`, `note`, `who`, `date` …). */
export type CrmNoteRecord = CrudRecordOf<typeof crmNoteResource>

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
  return crmNoteResource.methods(core)
}

export type CrmNotesResource = ReturnType<typeof crmNotes>
