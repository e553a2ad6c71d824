import type { HaloCore, RequestOptions } from '@halo/core'
import {
  type CustomFieldKey,
  type CustomFieldsByNameOptions,
  customFieldsByName,
  type GetOperation,
  type RecordContext,
  type RecordExtrasBuilder,
  type RecordWithCustomFields,
  setCustomFields,
  type UpsertOperation,
  writeMethods,
} from '@halo/core/resource'

/** Custom fields by name on a record that carries Halo's `customfields` array. */
export interface CrmCustomFieldHelpers<TRecord> {
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
  setCustomFields(changes: Readonly<Record<string, unknown>>, options?: RequestOptions): Promise<TRecord>
}

/**
 * The operations custom-field helpers read and post a record with: a generated definition
 * (`siteCrud`) is one.
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

/** `customFieldHelpers` as a resource's record extras (`defineCrudResource(…).withExtras(…)`). */
export function customFieldExtras<
  TEntity extends RecordWithCustomFields & { readonly id?: number | null | undefined },
  TRecord,
>(
  definition: CustomFieldDefinition<TEntity>,
): RecordExtrasBuilder<TEntity, TRecord, CrmCustomFieldHelpers<TRecord>> {
  return (core, entity, context) => customFieldHelpers(core, entity, definition, context)
}

export function customFieldHelpers<
  TEntity extends RecordWithCustomFields & { readonly id?: number | null | undefined },
  TRecord,
>(
  core: HaloCore,
  entity: TEntity,
  { operations }: CustomFieldDefinition<TEntity>,
  { id: idOf, decorate }: RecordContext<TEntity, TRecord>,
): CrmCustomFieldHelpers<TRecord> {
  async function write(
    helper: 'setCustomField' | 'setCustomFields',
    changes: ReadonlyMap<CustomFieldKey, unknown> | Readonly<Record<string, unknown>>,
    options?: RequestOptions,
  ): Promise<TRecord> {
    const id = idOf(helper) as number
    const current = Array.isArray(entity.customfields)
      ? entity
      : await operations.get(core, { id, includedetails: true }, options)
    const body = setCustomFields(current, changes)
    return writeMethods(core, operations.upsert, decorate).update(id, body as unknown as TEntity, options)
  }
  return {
    customFields: (options) => customFieldsByName(entity, options),
    setCustomField: (nameOrId, value, options) =>
      write('setCustomField', new Map([[nameOrId, value]]), options),
    setCustomFields: (changes, options) => write('setCustomFields', changes, options),
  }
}
