export {
  type CustomFieldDefinition,
  type CustomFieldHelpers,
  customFieldHelpers,
} from './custom-field-helpers.js'
export type {
  CustomFieldEntry,
  CustomFieldUpdateBody,
  CustomFieldWrite,
  RecordWithCustomFields,
} from './custom-field-types.js'
export type { CustomFieldsByNameOptions } from './custom-fields-by-name.js'
export { customFieldsByName } from './custom-fields-by-name.js'
export type { CustomFieldKey } from './set-custom-field.js'
export { setCustomField, setCustomFields } from './set-custom-field.js'
