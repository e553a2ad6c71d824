// How the SQLite store should hand a page of records to its worker thread: as records (structured
// clone; the worker serialises each one for `_json`) or as JSON texts (the caller serialises; the
// worker parses each one for the column values). CPU per side for the full mirror's rows (20,000
// tickets by pages of 100, about 48,000 actions by 1,000), median of 9 runs after 2 warm-ups.
// `pnpm --filter @halo/bench exec tsx src/sync-worker-transfer.ts [--tickets 20000]`
import { deserialize, serialize } from 'node:v8'
import { MessageChannel } from 'node:worker_threads'
import { createHaloMock } from '@halo/mock'

const at = process.argv.indexOf('--tickets')
const mock = createHaloMock({ ticketCount: at < 0 ? 20_000 : Number(process.argv[at + 1]) })
// Wire copies: what JSON.parse gives the client.
const tickets = JSON.parse(JSON.stringify([...mock.state.tickets.values()])) as Record<string, unknown>[]
const actions = JSON.parse(
  JSON.stringify(mock.state.tickets.ids().flatMap((id) => mock.state.actions.list(id))),
) as Record<string, unknown>[]

function medianCpuMs(work: () => void): number {
  work()
  work()
  const runs: number[] = []
  for (let i = 0; i < 9; i++) {
    const start = process.cpuUsage()
    work()
    const used = process.cpuUsage(start)
    runs.push((used.user + used.system) / 1000)
  }
  return runs.sort((a, b) => a - b)[4] as number
}

const batches = (rows: Record<string, unknown>[], size: number) =>
  Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size))
const pages = [...batches(tickets, 100), ...batches(actions, 1_000)]
const texts = pages.map((page) => page.map((record) => JSON.stringify(record)))
const clonedRecords = pages.map((page) => serialize(page))
const clonedTexts = texts.map((page) => serialize(page))

// postMessage's clone is V8's serializer: the caller's side of each form.
const { port1, port2 } = new MessageChannel()
port2.on('message', () => undefined)
const caller = {
  records: medianCpuMs(() => {
    for (const page of pages) port1.postMessage(page)
  }),
  texts: medianCpuMs(() => {
    for (const page of pages) port1.postMessage(page.map((record) => JSON.stringify(record)))
  }),
}
port1.close()
const worker = {
  records: medianCpuMs(() => {
    for (const bytes of clonedRecords) for (const record of deserialize(bytes)) JSON.stringify(record)
  }),
  texts: medianCpuMs(() => {
    for (const bytes of clonedTexts) for (const text of deserialize(bytes) as string[]) JSON.parse(text)
  }),
}
console.log(`${tickets.length} tickets + ${actions.length} actions, CPU ms (median of 9):`)
console.log('| form | caller (main thread) | worker | both |')
console.log('| --- | ---: | ---: | ---: |')
for (const form of ['records', 'texts'] as const) {
  console.log(
    `| ${form} | ${caller[form].toFixed(0)} | ${worker[form].toFixed(0)} | ${(caller[form] + worker[form]).toFixed(0)} |`,
  )
}
