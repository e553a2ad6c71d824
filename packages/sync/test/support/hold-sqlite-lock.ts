// A process that takes the SQLite mirror's lock (as a sync run does) and keeps it until killed:
// `node --import tsx hold-sqlite-lock.ts <mirror path>` prints "locked" once it holds it.
import { sqliteStore } from '../../src/index.js'

const store = sqliteStore(process.argv[2] as string)
await store.open()
await store.withResourceLock('tickets', async () => {
  process.stdout.write('locked\n')
  // Held until the process is killed (a pending promise alone would let it exit).
  await new Promise(() => setInterval(() => {}, 60_000))
})
