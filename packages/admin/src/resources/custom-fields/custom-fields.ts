import type { HaloCore, RequestOptions } from '@halo/core'
import type { CrudRecordHelpersOf } from '@halo/core/resource'
import { fieldInfoCrud } from '../../generated/crud-definitions.js'
import type { FieldInfo } from '../../generated/index.js'
import { type LookupRecord, lookupResource, lookups } from '../lookups/lookups.js'

/** The helper a custom field definition adds to `update`, `delete` and `refresh`. */
export interface CustomFieldDefinitionExtras {
  /**
   * The values a selection field offers: its `values` when it was fetched with them
   * (`get(id, { getlookupvalues: true })`), otherwise `GET /Lookup?lookupid=<field.lookup>`.
   * Empty for a field that is not a lookup.
   */
  getLookupValues(options?: RequestOptions): Promise<LookupRecord[]>
}

/** Helpers on a custom field definition returned by `customFields(core)`. */
export interface CustomFieldDefinitionHelpers
  extends CrudRecordHelpersOf<typeof fieldInfoCrud>,
    CustomFieldDefinitionExtras {}

/** A custom field definition (Halo's `FieldInfo`: `name` like `CFimpact`, `label`, `type`, `lookup`, …). */
export type CustomFieldDefinitionRecord = FieldInfo & CustomFieldDefinitionHelpers

const customFieldResource = /* @__PURE__ */ fieldInfoCrud
  .withExtras<CustomFieldDefinitionExtras, CustomFieldDefinitionRecord>((core, field) => ({
    async getLookupValues(options?: RequestOptions): Promise<LookupRecord[]> {
      if (Array.isArray(field.values) && field.values.length > 0) {
        return field.values.map((value) => lookupResource.record(core, value))
      }
      if (typeof field.lookup !== 'number' || field.lookup <= 0) return []
      return lookups(core).list({ lookupid: field.lookup }, options)
    },
  }))
  // Both the field name (`CFimpact`) and its label (`Impact`) find it; the same id twice is one entry.
  .named((field) => [field.name, field.label])

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
  return customFieldResource.methods(core)
}

export type CustomFieldsResource = ReturnType<typeof customFields>
