import type { HaloCore } from '@halo/core'
import { crudMethods, searchMethods } from '@halo/core'
import type { Appointment } from '../../generated/index.js'
import {
  deleteAppointment,
  getAppointment,
  listAppointments,
  upsertAppointments,
} from '../../generated/index.js'

/**
 * Appointments (`/Appointment`, paged): list with `start_date`, `end_date`, `agents`, `ticket_id` …,
 * `search`, get, create, update, delete.
 */
export function appointments(core: HaloCore) {
  const decorate = (appointment: Appointment): Appointment => appointment
  return {
    ...crudMethods(
      core,
      { list: listAppointments, get: getAppointment, upsert: upsertAppointments, remove: deleteAppointment },
      decorate,
    ),
    ...searchMethods(core, listAppointments, decorate),
  }
}

export type AppointmentsResource = ReturnType<typeof appointments>
