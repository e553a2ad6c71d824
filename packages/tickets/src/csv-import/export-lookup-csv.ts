import type { TicketTypeField } from '../ticket-type-fields/ticket-type-field.js'
import { type WriteCsvOptions, writeCsv } from './write-csv.js'

export const LOOKUP_CSV_HEADER = ['Field', 'Id', 'Label'] as const

/** Every lookup and category value of the fields, one row each: field column, value id, value label. */
export function exportLookupCsv(
  fields: readonly TicketTypeField[],
  options: Pick<WriteCsvOptions, 'bom' | 'newline'> = {},
): string {
  return writeCsv(
    [
      LOOKUP_CSV_HEADER,
      ...fields.flatMap((field) =>
        field.lookupValues.map((value) => [field.csvColumnName, value.id, value.label]),
      ),
    ],
    options,
  )
}
