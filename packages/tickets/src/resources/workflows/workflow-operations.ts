import type { HaloCore, OperationDescriptor, RequestOptions } from '@halo/core'
import { listOperation } from '../shared/list-operation.js'

/*
 * `/Workflow` is generated into @halo/admin (tag `FlowHeader`); the contract puts workflows in
 * @halo/tickets. The operations are described here from the spec and kept internal.
 */

/** A workflow (Halo's `FlowHeader`), with the fields API-NOTES §6.10 lists; others pass through. */
export interface TicketWorkflow {
  id?: number | null
  guid?: string | null
  name?: string | null
  active?: boolean | null
  steps?: readonly unknown[] | null
  stages?: readonly unknown[] | null
  always_allow_actions?: readonly unknown[] | null
  targets?: readonly unknown[] | null
  readonly [wireName: string]: unknown
}

/** Filters of `workflows.list`. */
export interface WorkflowListParams {
  readonly includeinactive?: boolean | undefined
  readonly access_control_level?: number | undefined
}

const listWorkflowsOperation: OperationDescriptor = {
  name: 'listWorkflows',
  method: 'GET',
  path: '/Workflow',
  tag: 'FlowHeader',
  queryParams: ['access_control_level', 'includeinactive'],
  entity: 'FlowHeader',
}

const upsertWorkflowsOperation: OperationDescriptor = {
  name: 'upsertWorkflows',
  method: 'POST',
  path: '/Workflow',
  tag: 'FlowHeader',
  body: 'json-array',
}

const getWorkflowOperation: OperationDescriptor = {
  name: 'getWorkflow',
  method: 'GET',
  path: '/Workflow/{id}',
  tag: 'FlowHeader',
  pathParams: { id: 'integer' },
  queryParams: ['includedetails'],
  entity: 'FlowHeader',
}

const deleteWorkflowOperation: OperationDescriptor = {
  name: 'deleteWorkflow',
  method: 'DELETE',
  path: '/Workflow/{id}',
  tag: 'FlowHeader',
  pathParams: { id: 'integer' },
}

export const listWorkflows = listOperation<WorkflowListParams, TicketWorkflow>(listWorkflowsOperation)

export function upsertWorkflows(
  core: HaloCore,
  params: { readonly body: readonly TicketWorkflow[] },
  options?: RequestOptions,
): Promise<unknown> {
  return core.request(upsertWorkflowsOperation, params, options)
}

export function getWorkflow(
  core: HaloCore,
  params: { readonly id: number; readonly includedetails?: boolean | undefined },
  options?: RequestOptions,
): Promise<TicketWorkflow> {
  return core.request<TicketWorkflow>(getWorkflowOperation, params, options)
}

export function deleteWorkflow(
  core: HaloCore,
  params: { readonly id: number },
  options?: RequestOptions,
): Promise<unknown> {
  return core.request(deleteWorkflowOperation, params, options)
}
