export {
  type CrudRecordHelpersOf,
  type CrudRecordOf,
  type CrudResource,
  type CrudResourceDefinition,
  type CurrentRecordMethods,
  defineCrudResource,
  type NameLookupMethods,
  type RecordExtrasBuilder,
  type SearchMethods,
} from './crud-resource.js'
