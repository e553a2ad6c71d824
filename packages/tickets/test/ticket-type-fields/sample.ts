import { readFileSync } from 'node:fs'
import type { HaloTicketTypeWithFields } from '../../src/ticket-type-fields/index.js'

// Fixtures in the shapes Halo answers with (keys, nesting, type codes), with made-up values.
const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8'))

/**
 * `GET /TicketType/36?includedetails=true`: field rows in groups, a field shown twice (`sectio_`), fields
 * named "N/A", categories as system fields with Halo's off-by-one names (docs/halo-api.md, "Ticket types
 * and their fields").
 */
export function loadSampleTicketType(): HaloTicketTypeWithFields {
  return fixture('ticket-type-with-fields') as HaloTicketTypeWithFields
}

/** A ticket's `customfields` as `GET /Tickets/{id}` returns them (value and display). */
export function loadSampleCustomFields(): { id: number; name: string; value: unknown }[] {
  return fixture('ticket-customfields') as { id: number; name: string; value: unknown }[]
}

/** Categories as `GET /Category?type_id=n` would return them (docs/halo-api.md, "Categories"). */
export const sampleCategories = {
  1: [
    { id: 11, value: 'Hardware', type_id: 1 },
    { id: 12, value: 'Hardware>Laptop', type_id: 1 },
    { id: 13, value: 'Software', type_id: 1 },
  ],
  2: [
    { id: 21, value: 'Resolved', type_id: 2 },
    { id: 22, value: 'Workaround', type_id: 2 },
  ],
  3: [],
  4: [],
}
