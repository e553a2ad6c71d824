export type { TicketWorkflow, WorkflowListParams } from './workflow-operations.js'
export type { WorkflowsResource } from './workflows.js'
export { workflows } from './workflows.js'
