export type { TicketActionDraft, TicketHelpers, TicketRecord } from './ticket-record.js'
export type { TicketsResource } from './tickets.js'
export { tickets } from './tickets.js'
