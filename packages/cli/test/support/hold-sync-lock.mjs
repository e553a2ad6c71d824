// A sync run that keeps the SQLite mirror's lock until it is killed, as a long first mirror in
// another process would: `node hold-sync-lock.mjs <mirror path>` prints "locked" once it holds it.
import { sqliteStore } from '@halo/sync'

const store = sqliteStore(process.argv[2])
await store.open()
await store.withResourceLock('tickets', async () => {
  process.stdout.write('locked\n')
  // Held until the process is killed (a pending promise alone would let it exit).
  await new Promise(() => setInterval(() => {}, 60_000))
})
