import type { HaloCore } from '../../halo-core.js'
import type { RequestOptions } from '../../options/request-options.js'
import type { RecordContext } from '../record-helpers/record-helpers.js'
import type { GetOperation, UpsertOperation } from '../resource-methods/operation-types.js'
import { writeMethods } from '../resource-methods/write-methods.js'
import type { RecordWithCustomFields } from './custom-field-types.js'
import { type CustomFieldsByNameOptions, customFieldsByName } from './custom-fields-by-name.js'
import { type CustomFieldKey, setCustomFields } from './set-custom-field.js'

/** The custom-field helpers of a record that carries Halo's `customfields` array (a ticket, a site …). */
export interface CustomFieldHelpers<TRecord> {
  /** The record's custom fields as `{ CFname: value }` (empty when fetched without `includedetails`). */
  customFields(options?: CustomFieldsByNameOptions): Record<string, unknown>
  /**
   * Sets one custom field (by `name` or numeric `id`) and keeps the others: Halo clears custom fields
   * missing from an update, so every other field is re-posted with its current value. When this
   * record was fetched without its `customfields`, it is fetched again with `includedetails=true`
   * first. Answers the updated record.
   */
  setCustomField(nameOrId: CustomFieldKey, value: unknown, options?: RequestOptions): Promise<TRecord>
  /** `setCustomField` for several fields in one POST: `{ CFimpact: 2, CFregion: 'North' }`. */
  setCustomFields(
    changes: Readonly<Record<string, unknown>> | ReadonlyMap<CustomFieldKey, unknown>,
    options?: RequestOptions,
  ): Promise<TRecord>
}

/**
 * The operations custom-field helpers read and post a record with: a generated definition
 * (`ticketCrud`, `siteCrud`) is one.
 */
export interface CustomFieldDefinition<TEntity> {
  readonly operations: {
    readonly get: GetOperation<
      { readonly id: number; readonly includedetails?: boolean | undefined },
      TEntity
    >
    readonly upsert: UpsertOperation<TEntity>
  }
}

/**
 * The custom-field helpers of one record, for a resource's record extras:
 * `withExtras((core, site, context) => ({ ...customFieldHelpers(core, site, siteCrud, context) }))`.
 * A record without an id fails with the library's id error naming the call (`site.setCustomField(): …`).
 */
export function customFieldHelpers<
  TEntity extends RecordWithCustomFields & { readonly id?: number | null | undefined },
  TRecord,
>(
  core: HaloCore,
  entity: TEntity,
  { operations }: CustomFieldDefinition<TEntity>,
  { id: idOf, decorate }: RecordContext<TEntity, TRecord>,
): CustomFieldHelpers<TRecord> {
  async function write(
    helper: 'setCustomField' | 'setCustomFields',
    changes: ReadonlyMap<CustomFieldKey, unknown> | Readonly<Record<string, unknown>>,
    options?: RequestOptions,
  ): Promise<TRecord> {
    const id = idOf(helper) as number
    // Without its current custom fields the others cannot be re-posted, and Halo would clear them.
    const current = Array.isArray(entity.customfields)
      ? entity
      : await operations.get(core, { id, includedetails: true }, options)
    const { customfields } = setCustomFields(current, changes)
    // A partial body: Halo updates the fields posted and keeps the rest.
    const patch = { customfields } as unknown as TEntity
    return writeMethods(core, operations.upsert, decorate).update(id, patch, options)
  }
  return {
    customFields: (options) => customFieldsByName(entity, options),
    setCustomField: (nameOrId, value, options) =>
      write('setCustomField', new Map([[nameOrId, value]]), options),
    setCustomFields: (changes, options) => write('setCustomFields', changes, options),
  }
}
