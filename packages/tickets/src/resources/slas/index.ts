export type { SlasResource } from './slas.js'
export { slas } from './slas.js'
