import type { HaloCore, RequestOptions } from '@halo/core'
import { oneOrMany, withMethods } from '@halo/core'
import type { TicketType } from '../../generated/index.js'
import { deleteTicketType, getTicketType, upsertTicketTypes } from '../../generated/index.js'
import {
  findMissingMandatoryFields,
  type TicketDraft,
} from '../../ticket-type-fields/find-missing-mandatory-fields.js'
import type { TicketTypeField } from '../../ticket-type-fields/ticket-type-field.js'
import { requireRecordId } from '../shared/record-id.js'
import { loadTicketTypeFields } from './load-ticket-type-fields.js'

/** Helpers of a ticket type record. */
export interface TicketTypeHelpers {
  /**
   * The fields of this ticket type, groups flattened, category tiers recognised (Halo's `category2` is
   * Category 1) and lookup and category values filled in. Fetches the type with details when this record
   * has no `fields`, and the categories of each tier it shows.
   */
  getFields(options?: RequestOptions): Promise<TicketTypeField[]>
  /** The mandatory fields a draft ticket of this type lacks (empty when it can be posted). */
  validateDraft(draft: TicketDraft, options?: RequestOptions): Promise<TicketTypeField[]>
  /** POSTs `[{ ...patch, id }]` and answers the updated ticket type. */
  update(patch: TicketType, options?: RequestOptions): Promise<TicketTypeRecord>
  /** Fetches the ticket type again, with `includedetails=true`. */
  refresh(options?: RequestOptions): Promise<TicketTypeRecord>
  /** Deletes the ticket type. */
  delete(options?: RequestOptions): Promise<unknown>
}

/** A ticket type (`RequestType`) as Halo sent it, with helpers. */
export type TicketTypeRecord = TicketType & TicketTypeHelpers

/** Attaches the helpers to a ticket type Halo returned. */
export function ticketTypeRecord(core: HaloCore, ticketType: TicketType): TicketTypeRecord {
  const idFor = (helper: string) => requireRecordId(ticketType.id, 'ticketType', helper)
  return withMethods(ticketType, {
    async getFields(options?: RequestOptions): Promise<TicketTypeField[]> {
      if (!Array.isArray(ticketType.fields)) idFor('getFields')
      return loadTicketTypeFields(core, ticketType, options)
    },
    async validateDraft(draft: TicketDraft, options?: RequestOptions): Promise<TicketTypeField[]> {
      return findMissingMandatoryFields(await loadTicketTypeFields(core, ticketType, options), draft)
    },
    async update(patch: TicketType, options?: RequestOptions): Promise<TicketTypeRecord> {
      const body: TicketType = { ...patch, id: idFor('update') }
      const updated = await oneOrMany(
        body,
        (items) => upsertTicketTypes(core, { body: items }, options) as Promise<TicketType | TicketType[]>,
      )
      return ticketTypeRecord(core, updated)
    },
    async refresh(options?: RequestOptions): Promise<TicketTypeRecord> {
      const fresh = await getTicketType(core, { id: idFor('refresh'), includedetails: true }, options)
      return ticketTypeRecord(core, fresh)
    },
    async delete(options?: RequestOptions): Promise<unknown> {
      return deleteTicketType(core, { id: idFor('delete') }, options)
    },
  })
}
