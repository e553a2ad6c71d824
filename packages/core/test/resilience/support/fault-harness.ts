// The simulated Halo on a loopback server, wrapped so that the suite can see what each attempt went
// through and add the faults the mock does not have: failures that strike AFTER Halo processed a
// request (a proxy answering 502/504, or the connection dropping, once the ticket was written).
//
// Real sockets rather than msw: a reset is a destroyed socket as undici sees it, and msw itself
// retains about 9 KB per `Response.error()`, which would drown the memory figures.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { type HaloMock, type RunningHaloMock, startHaloMock } from '@halo/mock'

/** Faults as the suite counts them. `*-after` ones hit a request Halo had already processed. */
export type FaultName =
  | 'reset'
  | 'timeout'
  | 'status 502/503'
  | 'html page'
  | 'malformed json'
  | '429'
  | 'reset after processing'
  | '502/504 after processing'

/** A small seeded PRNG (mulberry32), so a run's faults are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export interface AfterProcessingFaults {
  /** Chance that a processed POST's answer is replaced by a dropped connection. */
  readonly reset: number
  /** Chance that a processed POST's answer is replaced by a proxy's 502 or 504. */
  readonly gateway: number
}

/** What reached the simulated Halo, per attempt, keyed by the `x-call` header the suite sends. */
export interface FaultLedger {
  /** Attempts that reached the mock (token and discovery requests included). */
  attempts: number
  responses429: number
  readonly injected: Map<FaultName, number>
  /** Faults that hit each call, by call id. */
  readonly byCall: Map<string, FaultName[]>
  reset(): void
}

function count(map: Map<FaultName, number>, name: FaultName): void {
  map.set(name, (map.get(name) ?? 0) + 1)
}

/** Tells which mock fault (if any) produced `response`, reading the body only when it must. */
async function classify(request: Request, response: Response): Promise<FaultName | undefined> {
  if (response.type === 'error') return request.signal.aborted ? 'timeout' : 'reset'
  if (response.status === 429) return '429'
  const type = response.headers.get('content-type') ?? ''
  if (type.includes('text/html')) return 'html page'
  if (response.status === 502 || response.status === 503) return 'status 502/503'
  if (response.status < 300 && type.includes('json')) {
    const text = await response.clone().text()
    try {
      if (text !== '') JSON.parse(text)
    } catch {
      return 'malformed json'
    }
  }
  return undefined
}

const GATEWAY_PAGE =
  '<!DOCTYPE html><html><head><title>504 Gateway Time-out</title></head><body>nginx</body></html>'

/**
 * Serves `mock` on loopback, recording each attempt in the ledger and, for POSTs to `/api/Tickets`,
 * replacing a processed answer with an after-processing fault.
 */
export async function startFaultyHalo(
  mock: HaloMock,
  after: AfterProcessingFaults,
  seed = 7,
): Promise<{ readonly running: RunningHaloMock; readonly ledger: FaultLedger }> {
  const random = seededRandom(seed)
  const ledger: FaultLedger = {
    attempts: 0,
    responses429: 0,
    injected: new Map(),
    byCall: new Map(),
    reset() {
      this.attempts = 0
      this.responses429 = 0
      this.injected.clear()
      this.byCall.clear()
    },
  }
  const note = (request: Request, fault: FaultName): void => {
    count(ledger.injected, fault)
    const call = request.headers.get('x-call')
    if (call === null) return
    const list = ledger.byCall.get(call)
    if (list === undefined) ledger.byCall.set(call, [fault])
    else list.push(fault)
  }
  const handle = async (request: Request): Promise<Response> => {
    ledger.attempts += 1
    const isTicketPost = request.method === 'POST' && /\/api\/tickets$/i.test(new URL(request.url).pathname)
    const response = await mock.handle(request)
    if (response.status === 429) ledger.responses429 += 1
    const fault = await classify(request, response)
    if (fault !== undefined) {
      note(request, fault)
      return response
    }
    if (isTicketPost && response.status < 300) {
      const draw = random()
      if (draw < after.reset) {
        note(request, 'reset after processing')
        return Response.error()
      }
      if (draw < after.reset + after.gateway) {
        note(request, '502/504 after processing')
        return draw < after.reset + after.gateway / 2
          ? new Response(GATEWAY_PAGE, { status: 504, headers: { 'content-type': 'text/html' } })
          : new Response('{"Message":"Bad Gateway"}', {
              status: 502,
              headers: { 'content-type': 'application/json' },
            })
      }
    }
    return response
  }
  // The server only calls `handle`; everything else reads through to the mock.
  const observed: HaloMock = Object.create(mock, { handle: { value: handle } })
  const running = await startHaloMock({ mock: observed })
  return { running, ledger }
}

/** Runs `total` tasks with at most `concurrency` at once. */
export async function runPool(
  total: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next
      next += 1
      await task(index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker))
}

/** `global.gc`, switched on at run time when node was not started with `--expose-gc`. */
export function exposeGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc
  if (typeof existing === 'function') return existing
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
}

/** Heap in use after a full collection (a few passes: finalizers free more on the next one). */
export async function settledHeap(gc: () => void): Promise<number> {
  for (let pass = 0; pass < 4; pass++) {
    gc()
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  return process.memoryUsage().heapUsed
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`
}
