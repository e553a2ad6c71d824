// Streaming 100 000 tickets (1000 pages of 100) from the simulated Halo, run in a separate process.
// Needs --expose-gc: heap figures are live heap after a forced collection, so garbage waiting for
// the collector is not mistaken for what the list keeps.
import { createHaloCore } from '@halo/core'
import { listTickets } from '@halo/tickets'
import { startMockProcess } from './mock-process.js'
import { emitResult } from './shared.js'

const TICKETS = Number(process.env.BENCH_STREAM_TICKETS ?? 100_000)
const PAGE_SIZE = 100

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('run with node --expose-gc')

function liveHeap(): number {
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed
}

export interface StreamingResult {
  readonly tickets: number
  readonly pageSize: number
  readonly onePageBytes: number
  readonly stream: {
    readonly records: number
    readonly peakAboveBaselineBytes: number
    readonly seconds: number
    /** Live heap above the baseline at every tenth of the stream: flat means constant memory. */
    readonly curve: ReadonlyArray<{ readonly records: number; readonly bytes: number }>
  }
  readonly collect: ReadonlyArray<{
    readonly records: number
    readonly heldBytes: number
    readonly seconds: number
  }>
}

export async function runStreamingBench(): Promise<StreamingResult> {
  const mock = await startMockProcess(['--tickets', String(TICKETS)])
  try {
    const core = createHaloCore({
      baseUrl: mock.url,
      clientId: mock.clientId,
      clientSecret: mock.clientSecret,
      rateLimit: false,
    })
    // Warm up: token, connection, code paths.
    await listTickets(core, { limit: PAGE_SIZE })

    const baseline = liveHeap()
    // One page held in memory: the yardstick for "about one page".
    let onePage: unknown[] | undefined = await listTickets(core, { limit: PAGE_SIZE, page_size: PAGE_SIZE })
    const onePageBytes = liveHeap() - baseline
    if (onePage.length !== PAGE_SIZE)
      throw new Error(`expected a page of ${PAGE_SIZE}, got ${onePage.length}`)
    onePage = undefined

    // Warm the streaming path (JIT code and inline caches count as heap too) before the baseline.
    let warm = 0
    for await (const _ticket of listTickets(core, { page_size: PAGE_SIZE, limit: 50 * PAGE_SIZE })) warm += 1
    if (warm !== 50 * PAGE_SIZE) throw new Error('warm-up stream came up short')

    const streamBaseline = liveHeap()
    let peak = 0
    let records = 0
    let started = performance.now()
    let gcTime = 0
    const curve: Array<{ records: number; bytes: number }> = []
    const curveStep = TICKETS / 10
    for await (const ticket of listTickets(core, { page_size: PAGE_SIZE })) {
      if ((ticket as { id?: unknown }).id === undefined) throw new Error('a ticket without an id')
      records += 1
      // Sample at each page boundary (the moment the list holds the most: one page in hand).
      if (records % PAGE_SIZE === 1) {
        const gcStarted = performance.now()
        const above = liveHeap() - streamBaseline
        peak = Math.max(peak, above)
        if ((records - 1) % curveStep === 0) curve.push({ records: records - 1, bytes: above })
        gcTime += performance.now() - gcStarted
      }
    }
    const streamSeconds = (performance.now() - started - gcTime) / 1000
    if (records !== TICKETS) throw new Error(`streamed ${records} of ${TICKETS}`)

    const collect: Array<{ records: number; heldBytes: number; seconds: number }> = []
    for (const limit of [TICKETS / 10, TICKETS / 4, TICKETS / 2, TICKETS]) {
      const before = liveHeap()
      started = performance.now()
      let all: unknown[] | undefined = await listTickets(core, { limit, page_size: PAGE_SIZE })
      const seconds = (performance.now() - started) / 1000
      const held = liveHeap() - before
      if (all.length !== limit) throw new Error(`collected ${all.length} of ${limit}`)
      all = undefined
      collect.push({ records: limit, heldBytes: held, seconds })
    }
    return {
      tickets: TICKETS,
      pageSize: PAGE_SIZE,
      onePageBytes,
      stream: { records, peakAboveBaselineBytes: peak, seconds: streamSeconds, curve },
      collect,
    }
  } finally {
    await mock.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runStreamingBench()
  emitResult(result)
  console.log(JSON.stringify(result, null, 2))
}
