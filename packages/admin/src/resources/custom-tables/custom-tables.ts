import type { HaloCore } from '@halo/core'
import { crudMethods, type HaloRecord, recordDecorator } from '@halo/core/resource'
import {
  type CustomTable,
  type DeleteCustomTableParams,
  deleteCustomTable,
  type GetCustomTableParams,
  getCustomTable,
  listCustomTables,
  upsertCustomTables,
} from '../../generated/index.js'

/** A custom table definition (Halo's `CustomTable`: `name`, its fields …). */
export type CustomTableRecord = HaloRecord<CustomTable, GetCustomTableParams, DeleteCustomTableParams>

const operations = {
  list: listCustomTables,
  get: getCustomTable,
  upsert: upsertCustomTables,
  remove: deleteCustomTable,
}

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
  return crudMethods(core, operations, recordDecorator(core, 'customTable', operations))
}

export type CustomTablesResource = ReturnType<typeof customTables>
