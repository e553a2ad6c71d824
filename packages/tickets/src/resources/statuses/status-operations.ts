import type { HaloCore, OperationDescriptor, RequestOptions } from '@halo/core'
import { listOperation } from '../shared/list-operation.js'

/*
 * `/Status` is generated into @halo/admin (tag `TStatus`), while the SDK's contract puts the statuses
 * resource in @halo/tickets. Rather than make this package depend on admin, the four operations are
 * described here from the spec (same paths, parameters and wire names) and kept internal, so the
 * generated names stay admin's.
 */

/** A ticket status (Halo's `TStatus`), with the fields API-NOTES §6.11 lists; others pass through. */
export interface TicketStatus {
  id?: number | null
  guid?: string | null
  name?: string | null
  shortname?: string | null
  /** 0 open, 1 pending (SLA on hold), 2 resolved, 3 closed, as far as observed. */
  type?: number | null
  sequence?: number | null
  colour?: string | null
  slaaction?: string | number | null
  ticket_count?: number | null
  readonly [wireName: string]: unknown
}

/** Filters of `statuses.list`, by wire name (`GET /Status`). */
export interface StatusListParams {
  readonly domain?: string | undefined
  readonly excludeclosed?: boolean | undefined
  readonly excludepending?: boolean | undefined
  readonly outcome_id?: number | undefined
  readonly showall?: boolean | undefined
  readonly showcounts?: boolean | undefined
  readonly split_closed?: boolean | undefined
  readonly ticket_id?: number | undefined
  readonly tickettype_id?: number | undefined
  readonly tickettype_ids?: string | undefined
  readonly type?: string | undefined
  readonly view_id?: number | undefined
}

const listStatusesOperation: OperationDescriptor = {
  name: 'listStatuses',
  method: 'GET',
  path: '/Status',
  tag: 'TStatus',
  queryParams: [
    'domain',
    'excludeclosed',
    'excludepending',
    'outcome_id',
    'showall',
    'showcounts',
    'split_closed',
    'ticket_id',
    'tickettype_id',
    'tickettype_ids',
    'type',
    'view_id',
  ],
  entity: 'TStatus',
}

const upsertStatusesOperation: OperationDescriptor = {
  name: 'upsertStatuses',
  method: 'POST',
  path: '/Status',
  tag: 'TStatus',
  body: 'json-array',
}

const getStatusOperation: OperationDescriptor = {
  name: 'getStatus',
  method: 'GET',
  path: '/Status/{id}',
  tag: 'TStatus',
  pathParams: { id: 'integer' },
  queryParams: ['includedetails'],
  entity: 'TStatus',
}

const deleteStatusOperation: OperationDescriptor = {
  name: 'deleteStatus',
  method: 'DELETE',
  path: '/Status/{id}',
  tag: 'TStatus',
  pathParams: { id: 'integer' },
}

export const listStatuses = listOperation<StatusListParams, TicketStatus>(listStatusesOperation)

export function upsertStatuses(
  core: HaloCore,
  params: { readonly body: readonly TicketStatus[] },
  options?: RequestOptions,
): Promise<unknown> {
  return core.request(upsertStatusesOperation, params, options)
}

export function getStatus(
  core: HaloCore,
  params: { readonly id: number; readonly includedetails?: boolean | undefined },
  options?: RequestOptions,
): Promise<TicketStatus> {
  return core.request<TicketStatus>(getStatusOperation, params, options)
}

export function deleteStatus(
  core: HaloCore,
  params: { readonly id: number },
  options?: RequestOptions,
): Promise<unknown> {
  return core.request(deleteStatusOperation, params, options)
}
