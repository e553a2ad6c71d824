import type { HaloCore } from '../../halo-core.js'
import { deleteMethods } from './delete-methods.js'
import { getMethods } from './get-methods.js'
import { listMethods } from './list-methods.js'
import type {
  Decorate,
  DeleteOperation,
  GetOperation,
  ListOperation,
  RecordId,
  UpsertOperation,
} from './operation-types.js'
import { writeMethods } from './write-methods.js'

/** The four generated operations of a resource with the whole list/get/POST/DELETE set. */
export interface CrudOperations<
  TListParams,
  TGetParams extends { readonly id: RecordId },
  TBody extends object,
  TDeleteParams extends { readonly id: RecordId },
  TEntity,
> {
  /** The list operation (`listTickets`). */
  readonly list: ListOperation<TListParams, TEntity>
  /** The get-by-id operation (`getTicket`). */
  readonly get: GetOperation<TGetParams, TEntity>
  /** The collection POST (`upsertTickets`). */
  readonly upsert: UpsertOperation<TBody>
  /** The delete-by-id operation (`deleteTicket`); `remove` because `delete` is a keyword. */
  readonly remove: DeleteOperation<TDeleteParams>
}

/** What `crudMethods` answers for one set of operations and one record type. */
export type CrudMethods<
  TListParams,
  TGetParams extends { readonly id: RecordId },
  TBody extends object,
  TDeleteParams extends { readonly id: RecordId },
  TRecord,
> = MergedMethods<
  ReturnType<typeof listMethods<TListParams, unknown, TRecord>> &
    ReturnType<typeof getMethods<TGetParams, unknown, TRecord>> &
    ReturnType<typeof writeMethods<TBody, unknown, TRecord>> &
    ReturnType<typeof deleteMethods<TDeleteParams>>
>

// One object type instead of an intersection, as the spread of the four builders is (and hovers read).
type MergedMethods<T> = { [K in keyof T]: T[K] }

/**
 * `list`, `get`, `create`, `update`, `createMany`, `upsertMany` and `delete` of a resource: exactly
 * `listMethods` + `getMethods` + `writeMethods` + `deleteMethods` over its four generated operations,
 * for the many resources whose endpoints support all of them. Resources missing one of these keep
 * composing the single builders; extras (`searchMethods`, helpers) are spread next to this.
 */
export function crudMethods<
  TListParams,
  TGetParams extends { readonly id: RecordId },
  TBody extends object,
  TDeleteParams extends { readonly id: RecordId },
  TEntity,
  TRecord,
>(
  core: HaloCore,
  operations: CrudOperations<TListParams, TGetParams, TBody, TDeleteParams, TEntity>,
  decorate: Decorate<TEntity, TRecord>,
): CrudMethods<TListParams, TGetParams, TBody, TDeleteParams, TRecord> {
  return {
    ...listMethods(core, operations.list, decorate),
    ...getMethods(core, operations.get, decorate),
    ...writeMethods(core, operations.upsert, decorate),
    ...deleteMethods(core, operations.remove),
  }
}
