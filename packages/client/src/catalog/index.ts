export type {
  CatalogBody,
  CatalogOperation,
  CatalogParameter,
  CatalogParameterType,
} from './operation-catalog.js'
export { catalogOperation, operationCatalog } from './operation-catalog.js'
