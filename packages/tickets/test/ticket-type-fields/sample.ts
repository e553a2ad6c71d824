import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { HaloTicketTypeWithFields } from '../../src/ticket-type-fields/index.js'

// The captured samples live beside the repository and are read at test time, never copied in.
const repoRoot = resolve(import.meta.dirname, '../../../..')
const samples = resolve(repoRoot, '../shared/halo/samples')

export function loadSampleTicketType(): HaloTicketTypeWithFields {
  return JSON.parse(
    readFileSync(resolve(samples, 'tickettype-with-fields.extracted-from-ticket.uktrade.json'), 'utf8'),
  ) as HaloTicketTypeWithFields
}

export function loadSampleCustomFields(): { id: number; name: string; value: unknown }[] {
  return JSON.parse(
    readFileSync(resolve(samples, 'ticket-customfields.extracted-from-ticket.uktrade.json'), 'utf8'),
  )
}

/** Categories as `GET /Category?type_id=n` would return them (no real capture exists; API-NOTES §8). */
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
