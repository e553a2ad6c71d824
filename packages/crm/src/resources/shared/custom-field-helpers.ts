import {
  type CustomFieldDefinition,
  type CustomFieldHelpers,
  customFieldHelpers,
  type RecordExtrasBuilder,
  type RecordWithCustomFields,
} from '@halo/core/resource'

/** Custom fields by name on a CRM record that carries Halo's `customfields` array (core's `CustomFieldHelpers`). */
export interface CrmCustomFieldHelpers<TRecord> extends CustomFieldHelpers<TRecord> {}

/** `customFieldHelpers` as a resource's record extras (`defineCrudResource(…).withExtras(…)`). */
export function customFieldExtras<
  TEntity extends RecordWithCustomFields & { readonly id?: number | null | undefined },
  TRecord,
>(
  definition: CustomFieldDefinition<TEntity>,
): RecordExtrasBuilder<TEntity, TRecord, CrmCustomFieldHelpers<TRecord>> {
  return (core, entity, context) => customFieldHelpers(core, entity, definition, context)
}
