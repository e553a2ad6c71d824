import type { HaloCore } from '@halo/core'
import { appointmentCrud } from '../../generated/crud-definitions.js'

const appointmentResource = /* @__PURE__ */ appointmentCrud.searchable()

/**
 * Appointments (`/Appointment`, paged): list with `start_date`, `end_date`, `agents`, `ticket_id` …,
 * `search`, get, create, update, delete.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { appointments } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const booked = await appointments(core).list({ ticket_id: 1002 })
 * await appointments(core).create({
 *   subject: 'Onsite visit: label printer',
 *   start_date: '2025-07-21T09:00:00',
 *   end_date: '2025-07-21T10:30:00',
 *   agent_id: 3,
 *   ticket_id: 1002,
 * })
 * ```
 */
export function appointments(core: HaloCore) {
  return appointmentResource.methods(core)
}

export type AppointmentsResource = ReturnType<typeof appointments>
