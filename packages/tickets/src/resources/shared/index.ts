export { checkPositiveInteger, requireRecordId } from './record-id.js'
