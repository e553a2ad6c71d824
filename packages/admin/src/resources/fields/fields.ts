import {
  deleteMethods,
  getMethods,
  type HaloCore,
  type HaloList,
  listMethods,
  type RequestOptions,
  withMethods,
  writeMethods,
} from '@halo/core'
import {
  type DeleteFieldParams,
  deleteField,
  type Field,
  type GetFieldParams,
  getField,
  type ListFieldsParams,
  listFieldsOperation,
  upsertFields,
} from '../../generated/index.js'
import { type AdminRecordHelpers, adminRecordHelpers } from '../shared/record-helpers.js'

// The generated `listFields` is typed as answering one record (the generator did not recognise
// `GET /Field` as a list); Halo answers a bare array, read here through the core's lister.
const listFieldData = (
  core: HaloCore,
  params?: ListFieldsParams,
  options?: RequestOptions,
): HaloList<Field> => core.list<Field>(listFieldsOperation, params, options)

/** Helpers on a field returned by `fields(core)`. */
export interface AdminFieldHelpers
  extends AdminRecordHelpers<AdminFieldRecord, Field, GetFieldParams, DeleteFieldParams> {}

/** A field of an asset type or other entity (Halo's `Field`), plus non-enumerable helpers. */
export type AdminFieldRecord = Field & AdminFieldHelpers

export function adminFieldRecord(core: HaloCore, field: Field): AdminFieldRecord {
  const decorate = (entity: Field) => adminFieldRecord(core, entity)
  return withMethods(
    field,
    adminRecordHelpers(
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
 */
export function fields(core: HaloCore) {
  const decorate = (field: Field) => adminFieldRecord(core, field)
  return {
    ...listMethods(core, listFieldData, decorate),
    ...getMethods(core, getField, decorate),
    ...writeMethods(core, upsertFields, decorate),
    ...deleteMethods(core, deleteField),
  }
}

export type AdminFieldsResource = ReturnType<typeof fields>
