// The catalog is generated once, into @halo/client, for this server and the `halo` command alike.
export type { CatalogOperation, CatalogParameter } from '@halo/client/catalog'
export { catalogOperation, operationCatalog } from '@halo/client/catalog'
