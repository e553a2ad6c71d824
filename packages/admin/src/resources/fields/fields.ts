import type { HaloCore } from '@halo/core'
import { fieldCrud } from '../../generated/crud-definitions.js'

export type { AdminFieldHelpers, AdminFieldRecord } from '../../generated/crud-definitions.js'

/**
 * Fields (`/Field`: asset fields and other entity fields, `type_id` and `kind` filters): `list`, `get`,
 * `create`, `update`, `delete`, `createMany`, `upsertMany`. Custom field definitions are `customFields`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { fields } from '@halo/admin'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const warrantyEnd = await fields(core).create({ name: 'Warranty end', typeinfo_id: 1 })
 * const all = await fields(core).list()
 * ```
 */
export function fields(core: HaloCore) {
  return fieldCrud.methods(core)
}

export type AdminFieldsResource = ReturnType<typeof fields>
