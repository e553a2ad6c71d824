// Streaming 100 000 tickets (1000 pages of 100) from the simulated Halo, run in a separate process.
// Needs --expose-gc: heap figures are live heap after a forced collection, so garbage waiting for
// the collector is not mistaken for what the list keeps.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { createHaloCore } from '@halo/core'
import { listTickets } from '@halo/tickets'
import { startMockProcess } from './mock-process.js'
import { emitResult, RESULT_MARKER } from './shared.js'

const TICKETS = Number(process.env.BENCH_STREAM_TICKETS ?? 100_000)
const PAGE_SIZE = 100

const gc = (globalThis as { gc?: () => void }).gc
if (gc === undefined) throw new Error('run with node --expose-gc')

function liveHeap(): number {
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed
}

/** Live heap above a baseline at every page boundary: the peak, and a point every tenth of the stream. */
class HeapSampler {
  readonly curve: Array<{ records: number; bytes: number }> = []
  peak = 0
  /** Time spent collecting and sampling, left out of the stream's duration. */
  sampleMs = 0
  readonly #baseline = liveHeap()

  /** Called with a page in hand, `records` being how many came before it. */
  sample(records: number): void {
    const started = performance.now()
    const above = liveHeap() - this.#baseline
    this.peak = Math.max(this.peak, above)
    if (records % (TICKETS / 10) === 0) this.curve.push({ records, bytes: above })
    this.sampleMs += performance.now() - started
  }
}

export interface StreamFigures {
  readonly records: number
  readonly peakAboveBaselineBytes: number
  readonly seconds: number
  /** Live heap above the baseline at every tenth of the stream: flat means constant memory. */
  readonly curve: ReadonlyArray<{ readonly records: number; readonly bytes: number }>
}

export interface StreamingResult {
  readonly tickets: number
  readonly pageSize: number
  readonly onePageBytes: number
  readonly stream: StreamFigures
  /**
   * The same pages fetched with plain `fetch` and `response.json()` (no client), sampled the same
   * way, in a fresh process with the same warm-up. Node's own heap grows while it pages: fetch keeps
   * a PerformanceResourceTiming per request until its buffer holds 250, and V8 keeps adding
   * optimised code for undici. Both show here too, so `stream` minus this is what the list keeps.
   */
  readonly reference: StreamFigures
  /** `stream.peakAboveBaselineBytes` minus `reference.peakAboveBaselineBytes`. */
  readonly peakAboveReferenceBytes: number
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

    const sampler = new HeapSampler()
    let records = 0
    let started = performance.now()
    for await (const ticket of listTickets(core, { page_size: PAGE_SIZE })) {
      if ((ticket as { id?: unknown }).id === undefined) throw new Error('a ticket without an id')
      records += 1
      // Sample at each page boundary (the moment the list holds the most: one page in hand).
      if (records % PAGE_SIZE === 1) sampler.sample(records - 1)
    }
    const streamSeconds = (performance.now() - started - sampler.sampleMs) / 1000
    if (records !== TICKETS) throw new Error(`streamed ${records} of ${TICKETS}`)
    const stream: StreamFigures = {
      records,
      peakAboveBaselineBytes: sampler.peak,
      seconds: streamSeconds,
      curve: sampler.curve,
    }
    const reference = await runReferenceProcess(mock.url, (await core.getAccessToken()).accessToken)

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
      stream,
      reference,
      peakAboveReferenceBytes: stream.peakAboveBaselineBytes - reference.peakAboveBaselineBytes,
      collect,
    }
  } finally {
    await mock.close()
  }
}

const REFERENCE_FLAG = '--plain-fetch-reference'

/**
 * Runs the plain-fetch reference in a fresh process. Not in this one: undici's code and fetch's
 * timing buffer are shared, so whichever loop ran second would find them grown and look leaner.
 */
function runReferenceProcess(url: string, token: string): Promise<StreamFigures> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), REFERENCE_FLAG],
    {
      env: { ...process.env, HALO_BENCH_MOCK_URL: url, HALO_BENCH_TOKEN: token },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  let stdout = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => {
      const line = stdout.split('\n').find((text) => text.startsWith(RESULT_MARKER))
      if (code !== 0 || line === undefined) reject(new Error(`plain-fetch reference failed (exit ${code})`))
      else resolve(JSON.parse(line.slice(RESULT_MARKER.length)) as StreamFigures)
    })
  })
}

/** The reference loop: the stream's pages with plain fetch, warmed up as the stream is. */
async function runPlainFetchReference(url: string, token: string): Promise<StreamFigures> {
  const headers = { accept: 'application/json', authorization: `Bearer ${token}` }
  const page = async (pageNo: number): Promise<ReadonlyArray<{ id?: unknown }>> => {
    const query = `pageinate=true&page_size=${PAGE_SIZE}&page_no=${pageNo}`
    const response = await fetch(`${url}/api/Tickets?${query}`, { headers })
    if (!response.ok) throw new Error(`page ${pageNo} answered ${response.status}`)
    return ((await response.json()) as { tickets: Array<{ id?: unknown }> }).tickets
  }
  // The stream's warm-up made 52 page requests (two single pages, then 50).
  for (let pageNo = 1; pageNo <= 52; pageNo++) await page(pageNo)

  const sampler = new HeapSampler()
  let records = 0
  const started = performance.now()
  for (let pageNo = 1; records < TICKETS; pageNo++) {
    const tickets = await page(pageNo)
    if (tickets.length === 0) break
    sampler.sample(records)
    for (const ticket of tickets) {
      if (ticket.id === undefined) throw new Error('a ticket without an id')
      records += 1
    }
  }
  if (records !== TICKETS) throw new Error(`plain fetch paged ${records} of ${TICKETS}`)
  return {
    records,
    peakAboveBaselineBytes: sampler.peak,
    seconds: (performance.now() - started - sampler.sampleMs) / 1000,
    curve: sampler.curve,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv[2] === REFERENCE_FLAG) {
    const { HALO_BENCH_MOCK_URL: url, HALO_BENCH_TOKEN: token } = process.env
    if (url === undefined || token === undefined) throw new Error('the reference needs its mock and token')
    emitResult(await runPlainFetchReference(url, token))
  } else {
    const result = await runStreamingBench()
    emitResult(result)
    console.log(JSON.stringify(result, null, 2))
  }
}
