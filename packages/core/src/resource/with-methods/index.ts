export type { RecordMethods, WithMethods } from './with-methods.js'
export { withMethods } from './with-methods.js'
