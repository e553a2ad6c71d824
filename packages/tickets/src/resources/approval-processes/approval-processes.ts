import type { HaloCore } from '@halo/core'
import { deleteMethods, getMethods, listMethods, writeMethods } from '@halo/core'
import type { ApprovalProcess } from '../../generated/index.js'
import {
  deleteApprovalProcess,
  getApprovalProcess,
  listApprovalProcesses,
  upsertApprovalProcesses,
} from '../../generated/index.js'

/** Approval processes (`/ApprovalProcess`, with `steps`): list, get, create, update, delete. */
export function approvalProcesses(core: HaloCore) {
  const decorate = (process: ApprovalProcess): ApprovalProcess => process
  return {
    ...listMethods(core, listApprovalProcesses, decorate),
    ...getMethods(core, getApprovalProcess, decorate),
    ...writeMethods(core, upsertApprovalProcesses, decorate),
    ...deleteMethods(core, deleteApprovalProcess),
  }
}

export type ApprovalProcessesResource = ReturnType<typeof approvalProcesses>
