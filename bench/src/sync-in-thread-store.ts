// The SQLite store as it was before its connection moved to a worker thread: the same mirror code
// (`SqliteMirror`, the package's own) called on the main thread. Only sync-worker-compare.ts uses
// it, to measure both in one run; the package ships the worker store alone.

import type { SyncStore } from '@halo/sync'
import BetterSqlite3 from 'better-sqlite3'
import { KeyedMutex } from '../../packages/sync/src/store/keyed-mutex.js'
import { SqliteMirror } from '../../packages/sync/src/store/sqlite-mirror.js'

export function inThreadSqliteStore(path: string): SyncStore {
  let mirror: SqliteMirror | undefined
  const open = () => {
    if (mirror === undefined) throw new Error('in-thread store: not open')
    return mirror
  }
  const locks = new KeyedMutex()
  return {
    kind: 'sqlite',
    parallelResources: 8,
    open: async () => {
      mirror ??= new SqliteMirror(BetterSqlite3, path)
    },
    close: async () => {
      mirror?.close()
      mirror = undefined
    },
    withResourceLock: (resource, work) => locks.run(resource, work),
    readState: async (resource) => open().readState(resource),
    writeState: async (state) => open().writeState(state),
    apply: async (change) => open().apply(change),
    keys: async (table) => open().keys(table),
    query: async (sql, params = []) => open().query(sql, params),
  }
}
