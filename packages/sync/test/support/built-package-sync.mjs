// Runs a small sync through the built package (`dist/`, by its own name, so through its exports
// map) in the module format named by argv[2] ('esm' or 'cjs') into a mirror file, then prints one
// JSON line. With argv[3] === 'leave-open' the store is not closed: the process must still end by
// itself, its checkpointer thread with it.
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHaloCore } from '@halo/core'
import { createHaloMock, mockCredentials } from '@halo/mock'

const [format, ending] = process.argv.slice(2)
/** @type {typeof import('@halo/sync')} */
const sync = format === 'cjs' ? createRequire(import.meta.url)('@halo/sync') : await import('@halo/sync')
const mock = createHaloMock({ ticketCount: 120 })
const core = createHaloCore({
  baseUrl: 'https://halo.example.test',
  ...mockCredentials,
  rateLimit: false,
  fetch: (input, init) => mock.handle(new Request(input, init)),
})
const dir = mkdtempSync(join(tmpdir(), 'halo-sync-built-'))
const store = sync.sqliteStore(join(dir, 'halo.db'))
const results = await sync.syncHalo({ core, store, resources: ['tickets', 'actions'] })
const [tickets] = await store.query('SELECT count(*) AS n FROM tickets')
const [actions] = await store.query('SELECT count(*) AS n FROM actions')
/** The writer raises SQLite's own checkpoint threshold once its checkpointer thread is up (from dist/). */
async function checkpointerStarted() {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; ) {
    const [row] = await store.query('PRAGMA wal_autocheckpoint')
    if (row?.wal_autocheckpoint === 10_000) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return false
}
const checkpointer = await checkpointerStarted()
const workers = () => process.report.getReport().workers.length
const workersOpen = workers()
if (ending !== 'leave-open') await store.close()
process.once('exit', () => rmSync(dir, { recursive: true, force: true }))
process.stdout.write(
  `${JSON.stringify({
    fetched: results.map((r) => r.fetched),
    tickets: tickets?.n,
    actions: actions?.n,
    checkpointer,
    workersOpen,
    workersAfter: workers(),
  })}\n`,
)
