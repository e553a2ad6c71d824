import type { HaloCore } from '../../halo-core.js'
import type {
  BodyOf,
  CrudOperations,
  DeleteParamsOf,
  EntityOf,
  GetParamsOf,
  ListParamsOf,
  OperationsOf,
} from './crud-operations.js'
import { deleteMethods } from './delete-methods.js'
import { getMethods } from './get-methods.js'
import { listMethods } from './list-methods.js'
import type { Decorate } from './operation-types.js'
import { writeMethods } from './write-methods.js'

/** What `crudMethods` answers for one set of operations and one record type. */
export type CrudMethods<TOperations extends CrudOperations, TRecord> = MergedMethods<
  ReturnType<typeof listMethods<ListParamsOf<TOperations>, unknown, TRecord>> &
    ReturnType<typeof getMethods<GetParamsOf<TOperations>, unknown, TRecord>> &
    ReturnType<typeof writeMethods<BodyOf<TOperations>, unknown, TRecord>> &
    ReturnType<typeof deleteMethods<DeleteParamsOf<TOperations>>>
>

// One object type instead of an intersection, as the spread of the four builders is (and hovers read).
type MergedMethods<T> = { [K in keyof T]: T[K] }

/**
 * `list`, `get`, `create`, `update`, `createMany`, `upsertMany` and `delete` of a resource: exactly
 * `listMethods` + `getMethods` + `writeMethods` + `deleteMethods` over its four generated operations,
 * for the many resources whose endpoints support all of them. Resources missing one of these keep
 * composing the single builders; extras (`searchMethods`, helpers) are spread next to this.
 */
export function crudMethods<TOperations extends CrudOperations, TRecord>(
  core: HaloCore,
  operations: TOperations & OperationsOf<TOperations>,
  decorate: Decorate<EntityOf<TOperations>, TRecord>,
): CrudMethods<TOperations, TRecord> {
  const { list, get, upsert, remove }: OperationsOf<TOperations> = operations
  return {
    ...listMethods(core, list, decorate),
    ...getMethods(core, get, decorate),
    ...writeMethods(core, upsert, decorate),
    ...deleteMethods(core, remove),
  }
}
