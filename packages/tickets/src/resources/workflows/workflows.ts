import type { HaloCore } from '@halo/core'
import { crudMethods } from '@halo/core/resource'
import { deleteWorkflow, getWorkflow, listWorkflows, upsertWorkflows } from '../../generated/index.js'
import type { TicketWorkflow } from './ticket-workflow.js'

/**
 * Ticket workflows (`/Workflow`): list, get (`{ includedetails: true }` for steps and stages), create, update, delete.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { workflows } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const workflow = await workflows(core).get(1, { includedetails: true })
 * console.log(workflow.name, workflow.steps?.length, workflow.stages?.length)
 * ```
 */
export function workflows(core: HaloCore) {
  const decorate = (workflow: TicketWorkflow): TicketWorkflow => workflow
  return {
    ...crudMethods(
      core,
      { list: listWorkflows, get: getWorkflow, upsert: upsertWorkflows, remove: deleteWorkflow },
      decorate,
    ),
  }
}

export type WorkflowsResource = ReturnType<typeof workflows>
