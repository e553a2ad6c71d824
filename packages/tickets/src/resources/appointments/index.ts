export type { AppointmentsResource } from './appointments.js'
export { appointments } from './appointments.js'
