import type { HaloCore, ListControls, ListOperation, OperationDescriptor, OperationParams } from '@halo/core'

/**
 * A list function over an operation descriptor, for endpoints whose generated function answers a plain
 * `Promise` rather than a `HaloList` (the spec documents one object for `GET /SLA` and
 * `GET /ApprovalProcess`, and the live API answers an array), or that have no generated function in this
 * package. `core.list` finds the records whatever the response's shape (bare array, envelope, one object),
 * so these lists behave like every other resource list: awaitable, iterable, `limit`-capped.
 */
export function listOperation<TParams extends object, TEntity>(
  descriptor: OperationDescriptor,
): ListOperation<TParams & Readonly<ListControls>, TEntity> {
  return (core: HaloCore, params, options) =>
    core.list<TEntity>(descriptor, params as (OperationParams & ListControls) | undefined, options)
}
