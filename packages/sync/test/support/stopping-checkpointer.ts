// A stand-in for the SQLite store's checkpointer thread that says its connection opened, then, at
// the first request, leaves a file beside the database (`<path>.checkpointer-stopped`, so a test can
// see it was asked) and stops (exit code 3) without answering: what a checkpointer lost mid-run
// looks like to the writer thread.
import { writeFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import type { CheckpointerData, CheckpointerReply } from '../../src/store/checkpointer-protocol.js'

parentPort?.on('message', () => {
  writeFileSync(`${(workerData as CheckpointerData).path}.checkpointer-stopped`, '')
  process.exit(3)
})
parentPort?.postMessage({ event: 'opened' } satisfies CheckpointerReply)
