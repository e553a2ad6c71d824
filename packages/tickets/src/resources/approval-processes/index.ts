export type { ApprovalProcessesResource } from './approval-processes.js'
export { approvalProcesses } from './approval-processes.js'
