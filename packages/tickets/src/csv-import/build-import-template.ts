import type { TicketTypeField } from '../ticket-type-fields/ticket-type-field.js'
import { MULTI_VALUE_SEPARATOR } from './import-row.js'
import { type WriteCsvOptions, writeCsv } from './write-csv.js'

export interface ImportTemplate {
  /** One header row of `csvColumnName`s, in field order. */
  headerCsv: string
  /** One row per field: column, label, type, mandatory (Yes/No), allowed values. */
  metadataCsv: string
}

export const METADATA_HEADER = ['Column', 'Label', 'Type', 'Mandatory', 'Allowed values'] as const

/**
 * The import template for a ticket type: the header row users fill in below, and a metadata sheet that
 * explains each column. Allowed values are the labels of lookup and category values, separated by `; `
 * (the same separator a multi-select cell uses); ids are in `exportLookupCsv`.
 */
export function buildImportTemplate(
  fields: readonly TicketTypeField[],
  options: Pick<WriteCsvOptions, 'bom' | 'newline'> = {},
): ImportTemplate {
  const headerCsv = writeCsv([fields.map((field) => field.csvColumnName)], options)
  const metadataCsv = writeCsv(
    [
      METADATA_HEADER,
      ...fields.map((field) => [
        field.csvColumnName,
        field.label,
        field.type,
        field.mandatory ? 'Yes' : 'No',
        field.lookupValues.map((value) => value.label).join(`${MULTI_VALUE_SEPARATOR} `),
      ]),
    ],
    options,
  )
  return { headerCsv, metadataCsv }
}
