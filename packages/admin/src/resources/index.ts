export {
  type CustomFieldDefinitionHelpers,
  type CustomFieldDefinitionRecord,
  type CustomFieldsResource,
  customFields,
} from './custom-fields/custom-fields.js'
export {
  type AdminFieldHelpers,
  type AdminFieldRecord,
  type AdminFieldsResource,
  fields,
} from './fields/fields.js'
export {
  LOOKUP_TYPES_LOOKUP_ID,
  type LookupHelpers,
  type LookupRecord,
  type LookupsResource,
  lookups,
} from './lookups/lookups.js'
export {
  type OutcomeHelpers,
  type OutcomeRecord,
  type OutcomesResource,
  outcomes,
} from './outcomes/outcomes.js'
export type { AdminRecordHelpers } from './shared/record-helpers.js'
