import type { HaloCore } from '@halo/core'
import { deleteMethods, getMethods, listMethods, writeMethods } from '@halo/core'
import { deleteWorkflow, getWorkflow, listWorkflows, upsertWorkflows } from '../../generated/index.js'
import type { TicketWorkflow } from './ticket-workflow.js'

/** Ticket workflows (`/Workflow`): list, get (`{ includedetails: true }` for steps and stages), create, update, delete. */
export function workflows(core: HaloCore) {
  const decorate = (workflow: TicketWorkflow): TicketWorkflow => workflow
  return {
    ...listMethods(core, listWorkflows, decorate),
    ...getMethods(core, getWorkflow, decorate),
    ...writeMethods(core, upsertWorkflows, decorate),
    ...deleteMethods(core, deleteWorkflow),
  }
}

export type WorkflowsResource = ReturnType<typeof workflows>
