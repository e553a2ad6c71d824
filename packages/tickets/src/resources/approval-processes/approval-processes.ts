import type { HaloCore } from '@halo/core'
import { approvalProcessCrud } from '../../generated/crud-definitions.js'

/**
 * Approval processes (`/ApprovalProcess`, with `steps`): list, get, create, update, delete.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { approvalProcesses } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const processes = await approvalProcesses(core).list()
 * const withSteps = await approvalProcesses(core).get(1, { includedetails: true })
 * console.log(processes.length, withSteps.steps?.length)
 * ```
 */
export function approvalProcesses(core: HaloCore) {
  return approvalProcessCrud.methods(core)
}

export type ApprovalProcessesResource = ReturnType<typeof approvalProcesses>
