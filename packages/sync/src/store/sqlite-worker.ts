// The SQLite store's worker thread: opens the database named in `workerData`, then runs each call
// the store sends, one at a time in arrival order, and answers it. Checkpoints of the write-ahead
// log run in the checkpointer thread it starts (`BackgroundCheckpoint`) as the writes go on, so no
// commit here waits for one; until that thread is up, or if it cannot start or stops, this thread
// checkpoints once quiet (`IdleCheckpoint`) and SQLite's automatic checkpoint bounds the log.
// `close` ends the checkpointer, closes the database and the port, after which the thread ends.
import { parentPort, workerData } from 'node:worker_threads'
import { loadDriver } from './load-driver.js'
import { SqliteMirror } from './sqlite-mirror.js'
import {
  type MirrorCall,
  type MirrorReply,
  OPENED_ID,
  type SqliteWorkerData,
  sendableError,
} from './sqlite-worker-protocol.js'
import { entryBeside } from './start-worker.js'
import { WriterCheckpoints } from './writer-checkpoints.js'

const port = parentPort
if (port === null)
  throw new Error("@halo/sync: sqlite-worker is the SQLite store's worker thread; sqliteStore() starts it")
const data = workerData as SqliteWorkerData

function run(mirror: SqliteMirror, call: MirrorCall): unknown {
  switch (call.method) {
    case 'readState':
      return mirror.readState(...(call as MirrorCall<'readState'>).args)
    case 'writeState':
      return mirror.writeState(...(call as MirrorCall<'writeState'>).args)
    case 'apply': {
      const [change, texts] = (call as MirrorCall<'apply'>).args
      if (texts === undefined) return mirror.apply(change)
      return mirror.apply(
        { ...change, upsert: texts.map((text) => JSON.parse(text) as Readonly<Record<string, unknown>>) },
        texts,
      )
    }
    case 'applyJsonBatch':
      return mirror.applyJsonBatch(...(call as MirrorCall<'applyJsonBatch'>).args)
    case 'keys':
      return mirror.keys(...(call as MirrorCall<'keys'>).args)
    case 'query':
      return mirror.query(...(call as MirrorCall<'query'>).args)
    case 'close':
      return mirror.close()
  }
}

const answer = (reply: MirrorReply) => port.postMessage(reply)

const WRITES: ReadonlySet<MirrorCall['method']> = new Set(['apply', 'applyJsonBatch', 'writeState'])

void loadDriver('better-sqlite3', () => import('better-sqlite3')).then(
  ({ default: Database }) => {
    let mirror: SqliteMirror
    try {
      mirror = new SqliteMirror(Database, data.path)
    } catch (error) {
      answer({ id: OPENED_ID, error: sendableError(error) })
      port.close()
      return
    }
    const checkpoints = new WriterCheckpoints(mirror)
    port.on('message', (call: MirrorCall) => {
      if (call.method === 'close') return void close(call)
      checkpoints.current.callStarted()
      try {
        answer({ id: call.id, value: run(mirror, call) })
      } catch (error) {
        answer({ id: call.id, error: sendableError(error) })
      }
      checkpoints.current.callEnded(WRITES.has(call.method))
    })
    // The checkpointer's connection must not keep the last one closing from checkpointing the log
    // and removing it: it closes first.
    const close = async (call: MirrorCall) => {
      try {
        await checkpoints.close(moving)
        answer({ id: call.id, value: run(mirror, call) })
      } catch (error) {
        answer({ id: call.id, error: sendableError(error) })
      }
      port.close()
    }
    answer({ id: OPENED_ID, value: undefined })
    const moving = mirror.usesWal
      ? checkpoints.moveToBackground(
          data.path,
          data.checkpointerEntry === undefined
            ? entryBeside('sqlite-checkpointer', import.meta.url)
            : new URL(data.checkpointerEntry),
        )
      : Promise.resolve()
  },
  (error: unknown) => {
    answer({ id: OPENED_ID, error: sendableError(error) })
    port.close()
  },
)
