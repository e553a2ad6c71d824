export type { AppointmentHelpers, AppointmentRecord } from '../../generated/crud-definitions.js'
export type { AppointmentsResource } from './appointments.js'
export { appointments } from './appointments.js'
