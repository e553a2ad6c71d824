import type { HaloCore } from '@halo/core'
import { crudMethods, type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type DeleteFieldParams,
  deleteField,
  type Field,
  type GetFieldParams,
  getField,
  listFields,
  upsertFields,
} from '../../generated/index.js'

/** Helpers on a field returned by `fields(core)`. */
export type AdminFieldHelpers = RecordHelpers<Field, GetFieldParams, DeleteFieldParams>

/** A field of an asset type or other entity (Halo's `Field`), plus non-enumerable helpers. */
export type AdminFieldRecord = HaloRecord<Field, GetFieldParams, DeleteFieldParams>

export function adminFieldRecord(core: HaloCore, field: Field): AdminFieldRecord {
  return recordDecorator(core, 'field', { get: getField, upsert: upsertFields, remove: deleteField })(field)
}

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
  const decorate = (field: Field) => adminFieldRecord(core, field)
  return {
    ...crudMethods(
      core,
      { list: listFields, get: getField, upsert: upsertFields, remove: deleteField },
      decorate,
    ),
  }
}

export type AdminFieldsResource = ReturnType<typeof fields>
