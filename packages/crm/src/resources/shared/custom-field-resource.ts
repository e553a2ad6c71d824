import type {
  CrudOperations,
  CrudResource,
  CrudResourceDefinition,
  CustomFieldDefinition,
  DeleteParamsOf,
  EntityOf,
  GetOperation,
  GetParamsOf,
  RecordHelpers,
  RecordWithCustomFields,
} from '@halo/core/resource'
import { type CrmCustomFieldHelpers, customFieldExtras } from './custom-field-helpers.js'

/** The helpers of a CRM record with custom fields: `update`, `delete`, `refresh`, and its custom fields by name. */
export interface CustomFieldRecordHelpers<TEntity, TGetParams, TDeleteParams>
  extends RecordHelpers<TEntity, TGetParams, TDeleteParams>,
    CrmCustomFieldHelpers<CustomFieldRecord<TEntity, TGetParams, TDeleteParams>> {}

/** A CRM record with custom fields (a site, an opportunity): every wire field Halo sent, plus non-enumerable helpers. */
export type CustomFieldRecord<TEntity, TGetParams, TDeleteParams> = TEntity &
  CustomFieldRecordHelpers<TEntity, TGetParams, TDeleteParams>

/** Operations of a kind whose records carry Halo's `customfields`, fetched by `includedetails`. */
interface CustomFieldOperations extends CrudOperations {
  readonly get: GetOperation<
    { readonly id: number; readonly includedetails?: boolean | undefined },
    RecordWithCustomFields & { readonly id?: number | null | undefined }
  >
}

/**
 * A generated definition whose records also carry `customFields()`, `setCustomField` and
 * `setCustomFields` (`withCustomFields(siteCrud).searchable()`): the kinds that only add custom fields
 * are made by this one line rather than each naming its record type for `withExtras`.
 */
export function withCustomFields<TOperations extends CustomFieldOperations>(
  definition: CrudResourceDefinition<TOperations> & CustomFieldDefinition<EntityOf<TOperations>>,
): CrudResource<
  TOperations,
  CustomFieldRecord<EntityOf<TOperations>, GetParamsOf<TOperations>, DeleteParamsOf<TOperations>>
> {
  type TRecord = CustomFieldRecord<
    EntityOf<TOperations>,
    GetParamsOf<TOperations>,
    DeleteParamsOf<TOperations>
  >
  return definition.withExtras<CrmCustomFieldHelpers<TRecord>, TRecord>(
    customFieldExtras<EntityOf<TOperations>, TRecord>(definition),
  )
}
