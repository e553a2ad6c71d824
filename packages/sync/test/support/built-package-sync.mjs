// Runs a small sync through the built package (`dist/`, by its own name, so through its exports
// map) in the module format named by argv[2] ('esm' or 'cjs'), then prints one JSON line. With
// argv[3] === 'leave-open' the store is not closed: the process must still end by itself.
import { createRequire } from 'node:module'
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
const store = sync.sqliteStore(':memory:')
const results = await sync.syncHalo({ core, store, resources: ['tickets', 'actions'] })
const [tickets] = await store.query('SELECT count(*) AS n FROM tickets')
const [actions] = await store.query('SELECT count(*) AS n FROM actions')
const workers = () => process.report.getReport().workers.length
const workersOpen = workers()
if (ending !== 'leave-open') await store.close()
process.stdout.write(
  `${JSON.stringify({
    fetched: results.map((r) => r.fetched),
    tickets: tickets?.n,
    actions: actions?.n,
    workersOpen,
    workersAfter: workers(),
  })}\n`,
)
