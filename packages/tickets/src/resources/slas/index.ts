export type { SlaHelpers, SlaRecord } from '../../generated/crud-definitions.js'
export type { SlasResource } from './slas.js'
export { slas } from './slas.js'
