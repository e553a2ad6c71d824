export type { TicketWorkflow, WorkflowListParams } from './ticket-workflow.js'
export type { WorkflowsResource } from './workflows.js'
export { workflows } from './workflows.js'
