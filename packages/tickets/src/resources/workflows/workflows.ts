import type { HaloCore } from '@halo/core'
import { workflowCrud } from '../../generated/crud-definitions.js'

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
  return workflowCrud.methods(core)
}

export type WorkflowsResource = ReturnType<typeof workflows>
