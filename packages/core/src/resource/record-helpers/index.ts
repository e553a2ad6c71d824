export {
  type HaloRecord,
  type RecordCallOptions,
  type RecordContext,
  type RecordHelpers,
  type RecordOperations,
  recordDecorator,
  recordHelpers,
} from './record-helpers.js'
export { recordIdOf } from './record-id-of.js'
