import type { HaloCore } from '@halo/core'
import { deleteMethods, getMethods, listMethods, searchMethods, writeMethods } from '@halo/core'
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
    ...listMethods(core, listAppointments, decorate),
    ...searchMethods(core, listAppointments, decorate),
    ...getMethods(core, getAppointment, decorate),
    ...writeMethods(core, upsertAppointments, decorate),
    ...deleteMethods(core, deleteAppointment),
  }
}

export type AppointmentsResource = ReturnType<typeof appointments>
