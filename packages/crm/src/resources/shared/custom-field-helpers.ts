import type { HaloCore, RequestOptions } from '@halo/core'
import {
  type CustomFieldKey,
  type CustomFieldsByNameOptions,
  customFieldsByName,
  type Decorate,
  type GetOperation,
  type RecordExtrasBuilder,
  type RecordWithCustomFields,
  recordIdOf,
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
 * The kind of record and the operations custom-field helpers read and post it with: a generated
 * definition (`siteCrud`) is one.
 */
export interface CustomFieldDefinition<TEntity> {
  readonly kind: string
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
  return (core, entity, { decorate }) => customFieldHelpers(core, entity, definition, decorate)
}

export function customFieldHelpers<
  TEntity extends RecordWithCustomFields & { readonly id?: number | null | undefined },
  TRecord,
>(
  core: HaloCore,
  entity: TEntity,
  { kind, operations }: CustomFieldDefinition<TEntity>,
  decorate: Decorate<TEntity, TRecord>,
): CrmCustomFieldHelpers<TRecord> {
  async function write(
    changes: ReadonlyMap<CustomFieldKey, unknown> | Readonly<Record<string, unknown>>,
    options?: RequestOptions,
  ): Promise<TRecord> {
    const id = recordIdOf(entity, kind) as number
    const current = Array.isArray(entity.customfields)
      ? entity
      : await operations.get(core, { id, includedetails: true }, options)
    const body = setCustomFields(current, changes)
    return writeMethods(core, operations.upsert, decorate).update(id, body as unknown as TEntity, options)
  }
  return {
    customFields: (options) => customFieldsByName(entity, options),
    setCustomField: (nameOrId, value, options) => write(new Map([[nameOrId, value]]), options),
    setCustomFields: (changes, options) => write(changes, options),
  }
}
