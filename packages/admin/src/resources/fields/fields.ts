import type { HaloCore } from '@halo/core'
import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import { deleteField, getField, listFields, upsertFields } from '../../generated/index.js'

const fieldResource = defineCrudResource('field', {
  list: listFields,
  get: getField,
  upsert: upsertFields,
  remove: deleteField,
})

/** Helpers on a field returned by `fields(core)`. */
export type AdminFieldHelpers = CrudRecordHelpersOf<typeof fieldResource>

/** A field of an asset type or other entity (Halo's `Field`), plus non-enumerable helpers. */
export type AdminFieldRecord = CrudRecordOf<typeof fieldResource>

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
  return fieldResource.methods(core)
}

export type AdminFieldsResource = ReturnType<typeof fields>
