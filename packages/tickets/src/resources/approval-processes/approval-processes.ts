import type { HaloCore } from '@halo/core'
import { deleteMethods, getMethods, listMethods, writeMethods } from '@halo/core'
import type { ApprovalProcess, ListApprovalProcessesParams } from '../../generated/index.js'
import {
  deleteApprovalProcess,
  getApprovalProcess,
  listApprovalProcessesOperation,
  upsertApprovalProcesses,
} from '../../generated/index.js'
import { listOperation } from '../shared/list-operation.js'

// The spec documents `GET /ApprovalProcess` as one object (the generated function answers a Promise);
// the list is read through the core so that an array, an envelope or one object all come back as records.
const listApprovalProcesses = listOperation<ListApprovalProcessesParams, ApprovalProcess>(
  listApprovalProcessesOperation,
)

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
