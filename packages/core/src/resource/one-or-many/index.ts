export type { PostBatch } from './one-or-many.js'
export { oneOrMany, recordsFromPostResponse } from './one-or-many.js'
