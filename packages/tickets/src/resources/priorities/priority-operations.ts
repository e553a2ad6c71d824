import type { HaloCore, OperationDescriptor, RequestOptions } from '@halo/core'
import type { Policy } from '../../generated/models.js'
import { listOperation } from '../shared/list-operation.js'

/*
 * `/Priority` is generated into @halo/admin (tag `Policy`); the contract puts priorities in @halo/tickets
 * next to SLAs, which scope them. The operations are described here from the spec and kept internal.
 * Priority ids are UUID strings (API-NOTES §6.11), hence the string path parameter.
 */

/**
 * A priority within an SLA (Halo's `Policy`): `id` is a UUID string, `priorityid` the number a ticket's
 * `priority_id` holds, `fixtime`/`fixunits` and `responsetime`/`responseunits` the targets.
 */
export type TicketPriority = Policy

/** Filters of `priorities.list`: `slaid` scopes the list to one SLA. */
export interface PriorityListParams {
  readonly slaid?: number | undefined
  readonly includedistinct?: boolean | undefined
}

const listPrioritiesOperation: OperationDescriptor = {
  name: 'listPriorities',
  method: 'GET',
  path: '/Priority',
  tag: 'Policy',
  queryParams: ['includedistinct', 'slaid'],
  entity: 'Policy',
}

const upsertPrioritiesOperation: OperationDescriptor = {
  name: 'upsertPriorities',
  method: 'POST',
  path: '/Priority',
  tag: 'Policy',
  body: 'json-array',
}

const getPriorityOperation: OperationDescriptor = {
  name: 'getPriority',
  method: 'GET',
  path: '/Priority/{id}',
  tag: 'Policy',
  pathParams: { id: 'string' },
  queryParams: ['includedetails'],
  entity: 'Policy',
}

const deletePriorityOperation: OperationDescriptor = {
  name: 'deletePriority',
  method: 'DELETE',
  path: '/Priority/{id}',
  tag: 'Policy',
  pathParams: { id: 'string' },
}

export const listPriorities = listOperation<PriorityListParams, TicketPriority>(listPrioritiesOperation)

export function upsertPriorities(
  core: HaloCore,
  params: { readonly body: readonly TicketPriority[] },
  options?: RequestOptions,
): Promise<unknown> {
  return core.request(upsertPrioritiesOperation, params, options)
}

export function getPriority(
  core: HaloCore,
  params: { readonly id: string; readonly includedetails?: boolean | undefined },
  options?: RequestOptions,
): Promise<TicketPriority> {
  return core.request<TicketPriority>(getPriorityOperation, params, options)
}

export function deletePriority(
  core: HaloCore,
  params: { readonly id: string },
  options?: RequestOptions,
): Promise<unknown> {
  return core.request(deletePriorityOperation, params, options)
}
