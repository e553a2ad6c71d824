export * from './csv-import/index.js'
export * from './generated/index.js'
export * from './resources/index.js'
export * from './ticket-type-fields/index.js'
