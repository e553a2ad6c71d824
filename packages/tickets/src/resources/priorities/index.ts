export type { PriorityHelpers, PriorityRecord } from '../../generated/crud-definitions.js'
export type { PrioritiesResource, PriorityLookupOptions } from './priorities.js'
export { priorities } from './priorities.js'
export type { PriorityListParams, TicketPriority } from './ticket-priority.js'
