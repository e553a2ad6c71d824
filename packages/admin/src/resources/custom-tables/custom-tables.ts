import type { HaloCore } from '@halo/core'
import { type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import {
  deleteCustomTable,
  getCustomTable,
  listCustomTables,
  upsertCustomTables,
} from '../../generated/index.js'

const customTableResource = defineCrudResource('customTable', {
  list: listCustomTables,
  get: getCustomTable,
  upsert: upsertCustomTables,
  remove: deleteCustomTable,
})

/** A custom table definition (Halo's `CustomTable`: `name`, its fields …). */
export type CustomTableRecord = CrudRecordOf<typeof customTableResource>

/**
 * Custom tables (`/CustomTable`): `list`, `get`, `create`, `update`, `delete`, `deleteMany`,
 * `createMany`, `upsertMany`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { customTables } from '@halo/admin'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const tables = await customTables(core).list()
 * console.log(tables.map((table) => table.name))
 * ```
 */
export function customTables(core: HaloCore) {
  return customTableResource.methods(core)
}

export type CustomTablesResource = ReturnType<typeof customTables>
