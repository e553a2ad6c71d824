export { type CrudMethods, crudMethods } from './crud-methods.js'
// The operations object every CRUD builder takes, and what is read from it (EntityOf, ListParamsOf …).
export type * from './crud-operations.js'
export { type CurrentRecordOperation, currentRecordMethods } from './current-record-methods.js'
export { type DeleteManyOptions, type DeleteManyResult, deleteMethods } from './delete-methods.js'
export { getMethods } from './get-methods.js'
export { listMethods, type SearchOptions, searchMethods } from './list-methods.js'
export { nameLookupMethods } from './name-lookup-methods.js'
// Every shape a resource method is built over (ListOperation, Decorate, RecordId …).
export type * from './operation-types.js'
export { type BatchOptions, type CreateMethod, writeMethods } from './write-methods.js'
