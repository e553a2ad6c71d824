import type { FlowHeader, ListWorkflowsParams } from '../../generated/index.js'

/** A ticket workflow: Halo's `FlowHeader` (`steps`, `stages`, `targets` with `includedetails`). */
export type TicketWorkflow = FlowHeader

/** Filters of `workflows.list`, by wire name (`GET /Workflow`). */
export type WorkflowListParams = ListWorkflowsParams
