// The SQLite store's checkpointer thread: a second connection to the mirror file that copies the
// write-ahead log into the database file whenever the writer thread asks. Its PASSIVE checkpoint
// never waits for the writer nor holds it up, so the copy and its two fsyncs happen beside the writes
// instead of inside one of the writer's commits, where SQLite's own checkpoint runs (measured: a log
// of 1,300 pages took 33 ms to checkpoint, 28 of them waiting for the disk).
import { parentPort, workerData } from 'node:worker_threads'
import type { CheckpointerData, CheckpointerReply, CheckpointerRequest } from './checkpointer-protocol.js'
import { loadDriver } from './load-driver.js'

const port = parentPort
if (port === null)
  throw new Error(
    "@halo/sync: sqlite-checkpointer is the SQLite store's checkpointer thread; the store starts it",
  )

const reply = (message: CheckpointerReply) => port.postMessage(message)
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

void loadDriver('better-sqlite3', () => import('better-sqlite3')).then(
  ({ default: Database }) => {
    let db: InstanceType<typeof Database>
    try {
      db = new Database((workerData as CheckpointerData).path)
    } catch (error) {
      reply({ event: 'open-failed', message: messageOf(error) })
      port.close()
      return
    }
    port.on('message', (request: CheckpointerRequest) => {
      if (request === 'close') {
        db.close()
        port.close()
        return
      }
      let copied = true
      try {
        db.pragma('wal_checkpoint(PASSIVE)')
      } catch {
        // A failed checkpoint leaves the log as it was; the writer's own automatic checkpoint
        // still bounds its size.
        copied = false
      }
      reply({ event: 'checkpointed', copied })
    })
    reply({ event: 'opened' })
  },
  (error: unknown) => {
    reply({ event: 'open-failed', message: messageOf(error) })
    port.close()
  },
)
