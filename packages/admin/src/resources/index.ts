// The record helpers are @halo/core's `RecordHelpers`; this name is kept for existing imports.
export type { RecordHelpers as AdminRecordHelpers } from '@halo/core/resource'
export {
  type CustomFieldDefinitionHelpers,
  type CustomFieldDefinitionRecord,
  type CustomFieldsResource,
  customFields,
} from './custom-fields/custom-fields.js'
export {
  type CustomTableRecord,
  type CustomTablesResource,
  customTables,
} from './custom-tables/custom-tables.js'
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
