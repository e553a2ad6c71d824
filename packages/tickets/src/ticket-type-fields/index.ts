export { categoryCsvColumnName, categoryDraftKey, categoryTierOf } from './category-tier.js'
export type { DraftLocation } from './draft-keys.js'
export { draftLocationOf, isCustomFieldName } from './draft-keys.js'
export { fieldTypeOf } from './field-type.js'
export type { TicketDraft } from './find-missing-mandatory-fields.js'
export { findMissingMandatoryFields } from './find-missing-mandatory-fields.js'
export type { FlattenTicketTypeFieldsOptions } from './flatten-ticket-type-fields.js'
export { flattenTicketTypeFields, readMandatory } from './flatten-ticket-type-fields.js'
export type {
  HaloCategory,
  HaloCategoryRestriction,
  HaloFieldGroup,
  HaloFieldInfo,
  HaloLookupValue,
  HaloRequestTypeField,
  HaloTicketTypeWithFields,
} from './halo-field-shapes.js'
export type {
  CategoryTypeId,
  LookupValue,
  TicketTypeField,
  TicketTypeFieldType,
} from './ticket-type-field.js'
