export type { LoadTicketTypeFieldsOptions } from './load-ticket-type-fields.js'
export type { TicketTypeExtras, TicketTypeHelpers, TicketTypeRecord } from './ticket-type-record.js'
export type { TicketTypesResource } from './ticket-types.js'
export { ticketTypes } from './ticket-types.js'
