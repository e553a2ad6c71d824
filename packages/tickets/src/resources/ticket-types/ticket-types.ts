import type { HaloCore } from '@halo/core'
import { buildImportTemplate, type ImportTemplate } from '../../csv-import/build-import-template.js'
import { buildSampleCsv, buildSampleRows } from '../../csv-import/build-sample-rows.js'
import { exportLookupCsv } from '../../csv-import/export-lookup-csv.js'
import type { ImportValues } from '../../csv-import/import-row.js'
import type { ParseCsvOptions } from '../../csv-import/parse-csv.js'
import { type ImportValidationResult, validateImportRows } from '../../csv-import/validate-import-rows.js'
import {
  findMissingMandatoryFields,
  type TicketDraft,
} from '../../ticket-type-fields/find-missing-mandatory-fields.js'
import type { TicketTypeField } from '../../ticket-type-fields/ticket-type-field.js'
import { type LoadTicketTypeFieldsOptions, loadTicketTypeFields } from './load-ticket-type-fields.js'
import { ticketTypeResource } from './ticket-type-record.js'

/**
 * Ticket types (`/TicketType`) with their fields: `getFields(id)` (also on records), `validateDraft`,
 * the CSV import kit for a type (`importTemplate`, `sampleRows`, `sampleCsv`, `validateImport`,
 * `lookupCsv`) and a cached `idOf(name)`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { ticketTypes } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const incidentId = await ticketTypes(core).idOf('Incident')
 * // Halo refuses a ticket that lacks a mandatory field; ask before posting it.
 * const missing = await ticketTypes(core).validateDraft({ tickettype_id: incidentId, summary: 'VPN drops' })
 * console.log(missing.map((field) => field.label))
 * ```
 */
export function ticketTypes(core: HaloCore) {
  const fieldsOf = (id: number, options?: LoadTicketTypeFieldsOptions) =>
    loadTicketTypeFields(core, id, options)
  return {
    ...ticketTypeResource.methods(core),
    /** The flattened fields of a ticket type (see `TicketTypeField`). */
    getFields(id: number, options?: LoadTicketTypeFieldsOptions): Promise<TicketTypeField[]> {
      return fieldsOf(id, options)
    },
    /**
     * The mandatory fields `draft` lacks for its ticket type (`draft.tickettype_id`), in field order; empty
     * when the draft may be posted. Check before `tickets.create` to refuse what Halo would reject.
     */
    async validateDraft(
      draft: TicketDraft,
      options?: LoadTicketTypeFieldsOptions,
    ): Promise<TicketTypeField[]> {
      const typeId = draft.tickettype_id
      if (typeof typeId !== 'number' || !Number.isInteger(typeId) || typeId <= 0) {
        throw new TypeError(
          `ticketTypes.validateDraft: the draft needs a tickettype_id (the ticket type whose mandatory fields apply), got ${JSON.stringify(typeId) ?? String(typeId)}`,
        )
      }
      return findMissingMandatoryFields(await fieldsOf(typeId, options), draft)
    },
    /** The import template of a ticket type: a header row of `csvColumnName`s and a metadata sheet. */
    async importTemplate(id: number, options?: LoadTicketTypeFieldsOptions): Promise<ImportTemplate> {
      return buildImportTemplate(await fieldsOf(id, options))
    },
    /** `count` example rows that pass `validateImport`, lookup and category cells using real values. */
    async sampleRows(
      id: number,
      count: number,
      options?: LoadTicketTypeFieldsOptions,
    ): Promise<ImportValues[]> {
      return buildSampleRows(await fieldsOf(id, options), count)
    },
    /** The template header and `count` sample rows as one CSV text. */
    async sampleCsv(id: number, count: number, options?: LoadTicketTypeFieldsOptions): Promise<string> {
      return buildSampleCsv(await fieldsOf(id, options), count)
    },
    /** Checks a CSV import file against the ticket type's fields: valid rows and line-numbered errors. */
    async validateImport(
      id: number,
      csvText: string,
      options?: LoadTicketTypeFieldsOptions & { readonly csv?: ParseCsvOptions | undefined },
    ): Promise<ImportValidationResult> {
      const { csv, ...request } = options ?? {}
      return validateImportRows(await fieldsOf(id, request), csvText, csv)
    },
    /** Every lookup and category value of the ticket type's fields as CSV: field, id, label. */
    async lookupCsv(id: number, options?: LoadTicketTypeFieldsOptions): Promise<string> {
      return exportLookupCsv(await fieldsOf(id, options))
    },
  }
}

export type TicketTypesResource = ReturnType<typeof ticketTypes>
