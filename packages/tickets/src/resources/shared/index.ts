export { perCoreLookup } from './lookup-caches.js'
export { checkPositiveInteger, requireRecordId } from './record-id.js'
