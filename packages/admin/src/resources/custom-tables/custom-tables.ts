import type { HaloCore } from '@halo/core'
import { customTableCrud } from '../../generated/crud-definitions.js'

export type { CustomTableRecord } from '../../generated/crud-definitions.js'

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
  return customTableCrud.methods(core)
}

export type CustomTablesResource = ReturnType<typeof customTables>
