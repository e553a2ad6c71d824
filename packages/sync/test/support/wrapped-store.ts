import type { SyncStore } from '../../src/index.js'

/**
 * The store with some of its calls replaced and the rest handed to it, for tests that watch,
 * slow down or fail a store's calls. (A store's methods live on its prototype: spreading it would
 * drop them.)
 */
export function wrappedStore(inner: SyncStore, replaced: Partial<SyncStore>): SyncStore {
  return {
    kind: inner.kind,
    ...(inner.parallelResources === undefined ? {} : { parallelResources: inner.parallelResources }),
    open: () => inner.open(),
    close: () => inner.close(),
    withResourceLock: (resource, work, wait) => inner.withResourceLock(resource, work, wait),
    readState: (resource) => inner.readState(resource),
    writeState: (state) => inner.writeState(state),
    apply: (change) => inner.apply(change),
    keys: (table) => inner.keys(table),
    query: (sql, params) => inner.query(sql, params),
    ...replaced,
  }
}
