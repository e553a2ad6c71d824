import type { HaloCore } from '@halo/core'
import { crudMethods, type HaloRecord, recordDecorator } from '@halo/core/resource'
import {
  type CrmNote,
  type DeleteCrmNoteParams,
  deleteCrmNote,
  type GetCrmNoteParams,
  getCrmNote,
  listCrmNotes,
  upsertCrmNotes,
} from '../../generated/index.js'

/** A CRM note on a client (Halo's `AreaNote`: `client_id`, `note`, `who`, `date` …). */
export type CrmNoteRecord = HaloRecord<CrmNote, GetCrmNoteParams, DeleteCrmNoteParams>

const operations = { list: listCrmNotes, get: getCrmNote, upsert: upsertCrmNotes, remove: deleteCrmNote }

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
  return crudMethods(core, operations, recordDecorator(core, 'crmNote', operations))
}

export type CrmNotesResource = ReturnType<typeof crmNotes>
