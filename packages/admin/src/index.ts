export * from './generated/index.js'
export * from './resources/index.js'
