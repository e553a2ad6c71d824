// The mirror's share of a full mirror's client CPU, without the network: the simulated Halo's tickets
// and their actions (as a client parses them off the wire) written through `sqliteStore` one call at
// a time (100 tickets a call, actions 1,000 a call), CPU timed per phase; then the same rows into a
// new file as a sync hands them over, JSON texts of about 64 KiB with up to 8 calls waiting (the
// worker commits the writes waiting together in one transaction).
// `pnpm --filter @halo/bench exec tsx src/sync-store-cpu.ts [--tickets 20000]`
// (add `node --cpu-prof --import tsx` to see where it goes).
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHaloMock } from '@halo/mock'
import { sqliteStore } from '@halo/sync'

const at = process.argv.indexOf('--tickets')
const ticketCount = at < 0 ? 20_000 : Number(process.argv[at + 1])
const mock = createHaloMock({ ticketCount })
// Wire copies: what JSON.parse gives the client.
const tickets = JSON.parse(JSON.stringify([...mock.state.tickets.values()])) as Record<string, unknown>[]
const actions = JSON.parse(
  JSON.stringify(mock.state.tickets.ids().flatMap((id) => mock.state.actions.list(id))),
) as Record<string, unknown>[]

const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since)
  return (used.user + used.system) / 1000
}

const dir = mkdtempSync(join(tmpdir(), 'halo-sync-store-cpu-'))
const file = join(dir, 'mirror.db')
const store = sqliteStore(file)
try {
  await store.open()
  const syncedAt = new Date().toISOString()
  const write = async (
    table: { name: string; key: string[] },
    rows: Record<string, unknown>[],
    per: number,
  ) => {
    const started = process.cpuUsage()
    const wall = performance.now()
    for (let i = 0; i < rows.length; i += per)
      await store.apply({ table, upsert: rows.slice(i, i + per), syncedAt })
    return { cpu: cpuMs(started), wall: performance.now() - wall }
  }
  const t = await write({ name: 'tickets', key: ['id'] }, tickets, 100)
  const a = await write({ name: 'actions', key: ['ticket_id', 'id'] }, actions, 1_000)
  // Again: every row now replaces one (a re-sync's upserts).
  const again = await write({ name: 'tickets', key: ['id'] }, tickets, 100)
  console.log(
    `${tickets.length} tickets: CPU ${(t.cpu / 1000).toFixed(2)} s (wall ${(t.wall / 1000).toFixed(2)} s)`,
  )
  console.log(
    `${actions.length} actions: CPU ${(a.cpu / 1000).toFixed(2)} s (wall ${(a.wall / 1000).toFixed(2)} s)`,
  )
  console.log(
    `${tickets.length} tickets replaced: CPU ${(again.cpu / 1000).toFixed(2)} s (wall ${(again.wall / 1000).toFixed(2)} s)`,
  )
  console.log(`mirror file: ${(statSync(file).size / 1e6).toFixed(1)} MB`)
  const queued = await writeQueued(join(dir, 'queued.db'))
  console.log(
    `the same rows as JSON batches, 8 waiting: CPU ${(queued.cpu / 1000).toFixed(2)} s (wall ${(queued.wall / 1000).toFixed(2)} s)`,
  )
} finally {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
}

/** Record batches as the JSON array texts a sync hands the store, each about `bytes` long. */
function jsonBatches(rows: readonly unknown[], bytes = 64 * 1024): { json: string; count: number }[] {
  const out: { json: string; count: number }[] = []
  let texts: string[] = []
  let length = 0
  const flush = () => {
    if (texts.length > 0) out.push({ json: `[${texts.join(',')}]`, count: texts.length })
    texts = []
    length = 0
  }
  for (const row of rows) {
    const text = JSON.stringify(row)
    texts.push(text)
    length += text.length
    if (length >= bytes) flush()
  }
  flush()
  return out
}

/** Writes every row to a new file as JSON batches, keeping up to 8 calls waiting as a sync does. */
async function writeQueued(path: string): Promise<{ cpu: number; wall: number }> {
  const work = [
    ...jsonBatches(tickets).map((upsertJson) => ({ table: { name: 'tickets', key: ['id'] }, upsertJson })),
    ...jsonBatches(actions).map((upsertJson) => ({
      table: { name: 'actions', key: ['ticket_id', 'id'] },
      upsertJson,
    })),
  ]
  const queuedStore = sqliteStore(path)
  await queuedStore.open()
  try {
    const syncedAt = new Date().toISOString()
    const started = process.cpuUsage()
    const wall = performance.now()
    const waiting: Promise<unknown>[] = []
    for (const change of work) {
      // A change with `upsertJson` is what the sync engine hands a store that takes JSON batches.
      waiting.push(queuedStore.apply({ ...change, syncedAt } as Parameters<typeof queuedStore.apply>[0]))
      if (waiting.length > 8) await waiting.shift()
    }
    await Promise.all(waiting)
    return { cpu: cpuMs(started), wall: performance.now() - wall }
  } finally {
    await queuedStore.close()
  }
}
