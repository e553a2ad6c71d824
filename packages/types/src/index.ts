// @halo/types: Halo's entity types (every component of the API, declared once under its friendly name
// with Halo's name as an alias) for every @halo package. Types only: nothing here runs.
export type * from './generated/index.js'
