import type { HaloRecord, RecordHelpers } from '@halo/core/resource'
import { ticketTypeCrud } from '../../generated/crud-definitions.js'
import type { DeleteTicketTypeParams, GetTicketTypeParams, TicketType } from '../../generated/index.js'
import {
  findMissingMandatoryFields,
  type TicketDraft,
} from '../../ticket-type-fields/find-missing-mandatory-fields.js'
import type { TicketTypeField } from '../../ticket-type-fields/ticket-type-field.js'
import { type LoadTicketTypeFieldsOptions, loadTicketTypeFields } from './load-ticket-type-fields.js'

/** The helpers a ticket type adds to `update`, `delete` and `refresh`. */
export interface TicketTypeExtras {
  /**
   * The fields of this ticket type, groups flattened, category tiers recognised (Halo's `category2` is
   * Category 1) and lookup and category values filled in. Fetches the type with details when this record
   * has no `fields`, and the categories of each tier it shows.
   */
  getFields(options?: LoadTicketTypeFieldsOptions): Promise<TicketTypeField[]>
  /** The mandatory fields a draft ticket of this type lacks (empty when it can be posted). */
  validateDraft(draft: TicketDraft, options?: LoadTicketTypeFieldsOptions): Promise<TicketTypeField[]>
}

/** Helpers of a ticket type record. */
export type TicketTypeHelpers = TicketTypeExtras &
  RecordHelpers<TicketType, GetTicketTypeParams, DeleteTicketTypeParams>

/** A ticket type (`RequestType`) as Halo sent it, with helpers. */
export type TicketTypeRecord = HaloRecord<TicketType, GetTicketTypeParams, DeleteTicketTypeParams> &
  TicketTypeExtras

/**
 * Ticket types and their records: the generated definition, with the type's own helpers and a cached
 * `idOf(name)`. `ticketTypes(core)` adds the field and CSV import methods.
 */
export const ticketTypeResource = /* @__PURE__ */ ticketTypeCrud
  .withExtras<TicketTypeExtras, TicketTypeRecord>((core, entity, { id }) => ({
    async getFields(options?: LoadTicketTypeFieldsOptions): Promise<TicketTypeField[]> {
      if (!Array.isArray(entity.fields)) id('getFields')
      return loadTicketTypeFields(core, entity, options)
    },
    async validateDraft(draft: TicketDraft, options?: LoadTicketTypeFieldsOptions) {
      return findMissingMandatoryFields(await loadTicketTypeFields(core, entity, options), draft)
    },
  }))
  .named()
