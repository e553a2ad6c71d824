// A stand-in for the SQLite store's worker that says the database opened, then stops (exit code 3)
// at the first call without answering it: what a worker killed mid-write looks like to the store.
import { parentPort } from 'node:worker_threads'
import { OPENED_ID } from '../../src/store/sqlite-worker-protocol.js'

parentPort?.on('message', () => process.exit(3))
parentPort?.postMessage({ id: OPENED_ID, value: undefined })
