import { crudMethods, type HaloCore, type RecordHelpers, recordHelpers, withMethods } from '@halo/core'
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
export interface AdminFieldHelpers
  extends RecordHelpers<AdminFieldRecord, Field, GetFieldParams, DeleteFieldParams> {}

/** A field of an asset type or other entity (Halo's `Field`), plus non-enumerable helpers. */
export type AdminFieldRecord = Field & AdminFieldHelpers

export function adminFieldRecord(core: HaloCore, field: Field): AdminFieldRecord {
  const decorate = (entity: Field) => adminFieldRecord(core, entity)
  return withMethods(
    field,
    recordHelpers(
      core,
      field,
      'field',
      { get: getField, upsert: upsertFields, remove: deleteField },
      decorate,
    ),
  )
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
