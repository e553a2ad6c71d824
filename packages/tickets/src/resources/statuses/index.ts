export type { StatusListParams, TicketStatus } from './status-operations.js'
export type { StatusesResource } from './statuses.js'
export { statuses } from './statuses.js'
