export type { StatusHelpers, StatusRecord } from '../../generated/crud-definitions.js'
export type { StatusesResource } from './statuses.js'
export { statuses } from './statuses.js'
export type { StatusListParams, TicketStatus } from './ticket-status.js'
