// The SQLite store's worker thread: opens the database named in `workerData`, then runs each call
// the store sends, one at a time in arrival order, and answers it (record writes queued together
// commit together: write-group.ts); once quiet after writes, it checkpoints the write-ahead log
// (`IdleCheckpoint`). `close` closes the database and the port, after which the thread ends.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads'
import { IdleCheckpoint } from './idle-checkpoint.js'
import { loadDriver } from './load-driver.js'
import { SqliteMirror } from './sqlite-mirror.js'
import {
  type MirrorCall,
  type MirrorReply,
  OPENED_ID,
  type SqliteWorkerData,
  sendableError,
} from './sqlite-worker-protocol.js'
import { runGroup, takeGroup } from './write-group.js'

const port = parentPort
if (port === null)
  throw new Error("@halo/sync: sqlite-worker is the SQLite store's worker thread; sqliteStore() starts it")

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
      const { path, readOnly } = workerData as SqliteWorkerData
      mirror = new SqliteMirror(Database, path, { readOnly })
    } catch (error) {
      answer({ id: OPENED_ID, error: sendableError(error) })
      port.close()
      return
    }
    const idle = new IdleCheckpoint(() => mirror.checkpoint())
    /** The next call already queued, taken without waiting (no 'message' event comes for it). */
    const queued = () => receiveMessageOnPort(port)?.message as MirrorCall | undefined
    port.on('message', (first: MirrorCall) => {
      for (let call: MirrorCall | undefined = first; call !== undefined; ) {
        idle.callStarted()
        const { calls, next } = takeGroup(call, queued)
        for (const reply of runGroup(mirror, calls, (one) => run(mirror, one))) answer(reply)
        if (call.method === 'close') {
          idle.stop()
          port.close()
          return
        }
        idle.callEnded(calls.some((one) => WRITES.has(one.method)))
        call = next
      }
    })
    answer({ id: OPENED_ID, value: undefined })
  },
  (error: unknown) => {
    answer({ id: OPENED_ID, error: sendableError(error) })
    port.close()
  },
)
