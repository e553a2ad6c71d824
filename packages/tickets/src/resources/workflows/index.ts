export type { WorkflowHelpers, WorkflowRecord } from '../../generated/crud-definitions.js'
export type { TicketWorkflow, WorkflowListParams } from './ticket-workflow.js'
export type { WorkflowsResource } from './workflows.js'
export { workflows } from './workflows.js'
