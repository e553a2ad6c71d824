export * from './actions/index.js'
export * from './appointments/index.js'
export * from './approval-processes/index.js'
export * from './attachments/index.js'
export * from './categories/index.js'
export * from './priorities/index.js'
export {
  type ProjectExtras,
  type ProjectRecord,
  type ProjectsResource,
  type ProjectTaskDraft,
  projects,
} from './projects/projects.js'
export * from './slas/index.js'
export * from './statuses/index.js'
export { type TicketRuleRecord, type TicketRulesResource, ticketRules } from './ticket-rules/ticket-rules.js'
export * from './ticket-types/index.js'
export * from './tickets/index.js'
export { type TimeEntriesResource, type TimeEntryRecord, timeEntries } from './time-entries/time-entries.js'
export { type TimesheetsResource, timesheets } from './timesheets/timesheets.js'
export * from './workflows/index.js'
