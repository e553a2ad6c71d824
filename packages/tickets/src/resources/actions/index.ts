export type { ActionHelpers, ActionRecord } from './action-record.js'
export type { ActionsResource, GetActionOptions } from './actions.js'
export { actions } from './actions.js'
