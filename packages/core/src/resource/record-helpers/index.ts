export { type RecordHelpers, type RecordOperations, recordHelpers } from './record-helpers.js'
export { recordIdOf } from './record-id-of.js'
