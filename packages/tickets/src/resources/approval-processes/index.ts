export type { ApprovalProcessHelpers, ApprovalProcessRecord } from '../../generated/crud-definitions.js'
export type { ApprovalProcessesResource } from './approval-processes.js'
export { approvalProcesses } from './approval-processes.js'
