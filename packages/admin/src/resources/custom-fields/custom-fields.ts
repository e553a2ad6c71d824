import type { HaloCore, RequestOptions } from '@halo/core'
import {
  crudMethods,
  nameLookupMethods,
  perCoreNameLookup,
  type RecordHelpers,
  recordHelpers,
  withMethods,
} from '@halo/core/resource'
import {
  type DeleteFieldInfoParams,
  deleteFieldInfo,
  type FieldInfo,
  type GetFieldInfoParams,
  getFieldInfo,
  listFieldInfo,
  upsertFieldInfo,
} from '../../generated/index.js'
import { type LookupRecord, lookupRecord, lookups } from '../lookups/lookups.js'

/** Helpers on a custom field definition returned by `customFields(core)`. */
export interface CustomFieldDefinitionHelpers
  extends RecordHelpers<FieldInfo, GetFieldInfoParams, DeleteFieldInfoParams> {
  /**
   * The values a selection field offers: its `values` when it was fetched with them
   * (`get(id, { getlookupvalues: true })`), otherwise `GET /Lookup?lookupid=<field.lookup>`.
   * Empty for a field that is not a lookup.
   */
  getLookupValues(options?: RequestOptions): Promise<LookupRecord[]>
}

/** A custom field definition (Halo's `FieldInfo`: `name` like `CFimpact`, `label`, `type`, `lookup`, …). */
export type CustomFieldDefinitionRecord = FieldInfo & CustomFieldDefinitionHelpers

export function customFieldRecord(core: HaloCore, field: FieldInfo): CustomFieldDefinitionRecord {
  const decorate = (entity: FieldInfo) => customFieldRecord(core, entity)
  return withMethods(field, {
    ...recordHelpers(
      core,
      field,
      'custom field',
      { get: getFieldInfo, upsert: upsertFieldInfo, remove: deleteFieldInfo },
      decorate,
    ),
    async getLookupValues(options?: RequestOptions): Promise<LookupRecord[]> {
      if (Array.isArray(field.values) && field.values.length > 0) {
        return field.values.map((value) => lookupRecord(core, value))
      }
      if (typeof field.lookup !== 'number' || field.lookup <= 0) return []
      return lookups(core).list({ lookupid: field.lookup }, options)
    },
  })
}

const fieldNames = perCoreNameLookup<number>({
  kind: 'custom field',
  // Both the field name (`CFimpact`) and its label (`Impact`) find it; the same id twice is one entry.
  load: async (core) =>
    (await listFieldInfo(core)).flatMap((f) =>
      typeof f.id === 'number'
        ? [
            { name: f.name, id: f.id },
            { name: f.label, id: f.id },
          ]
        : [],
    ),
})

/**
 * Custom field definitions (`/FieldInfo`, a bare array): `list({ typeid, includevalues })`,
 * `get(id, { getlookupvalues: true })`, `create`, `update`, `delete`, `createMany`, `upsertMany`, and
 * `idOf(name)` by field name (`CFimpact`) or label (`Impact`). A record's custom field values are read
 * and written on the record itself (`ticket.customFields()`, `client.setCustomField(name, value)`).
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { customFields } from '@halo/admin'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const urgencyId = await customFields(core).idOf('Urgency')
 * const urgency = await customFields(core).get(urgencyId, { getlookupvalues: true })
 * console.log((await urgency.getLookupValues()).map((value) => value.name))
 * ```
 */
export function customFields(core: HaloCore) {
  const decorate = (field: FieldInfo) => customFieldRecord(core, field)
  return {
    ...crudMethods(
      core,
      { list: listFieldInfo, get: getFieldInfo, upsert: upsertFieldInfo, remove: deleteFieldInfo },
      decorate,
    ),
    ...nameLookupMethods(core, fieldNames),
  }
}

export type CustomFieldsResource = ReturnType<typeof customFields>
