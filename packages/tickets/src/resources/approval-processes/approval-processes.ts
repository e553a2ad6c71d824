import type { HaloCore } from '@halo/core'
import { crudMethods } from '@halo/core/resource'
import type { ApprovalProcess } from '../../generated/index.js'
import {
  deleteApprovalProcess,
  getApprovalProcess,
  listApprovalProcesses,
  upsertApprovalProcesses,
} from '../../generated/index.js'

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
  const decorate = (process: ApprovalProcess): ApprovalProcess => process
  return {
    ...crudMethods(
      core,
      {
        list: listApprovalProcesses,
        get: getApprovalProcess,
        upsert: upsertApprovalProcesses,
        remove: deleteApprovalProcess,
      },
      decorate,
    ),
  }
}

export type ApprovalProcessesResource = ReturnType<typeof approvalProcesses>
