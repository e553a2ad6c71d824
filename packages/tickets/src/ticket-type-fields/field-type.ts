import type { HaloFieldInfo } from './halo-field-shapes.js'
import type { TicketTypeFieldType } from './ticket-type-field.js'

/*
 * Halo does not document FieldInfo.type or inputtype. Observed on a live tenant (docs/halo-api.md, "Ticket types and their fields"):
 * -1 system field, 0 single-line text, 1 multi-line, 2 single select, 3 multi select, 4 date (inputtype 1 on
 * "Date/Time" fields), 10 rich text. For text fields, inputtype 1 (integer) and 2/4 (money/decimal) follow
 * the order of Halo's "Input Type" setting; no captured field uses them, so they are the least certain part.
 */
export function fieldTypeOf(info: HaloFieldInfo): TicketTypeFieldType {
  switch (info.type) {
    case -1:
      return 'system'
    case 0:
      if (info.inputtype === 1) return 'integer'
      if (info.inputtype === 2 || info.inputtype === 4) return 'decimal'
      return 'text'
    case 1:
      return 'multiline'
    case 2:
      return 'select'
    case 3:
      return 'multiselect'
    case 4:
      return info.inputtype === 1 ? 'datetime' : 'date'
    case 10:
      return 'richtext'
    default:
      return 'unknown'
  }
}
