export { checkPositiveInteger } from './record-id.js'
export { rowsOf } from './rows-of.js'
