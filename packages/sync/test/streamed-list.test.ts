import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isHaloTimeoutError } from '@halo/core'
import { createHaloMock } from '@halo/mock'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type SyncStore, sqliteStore, syncHalo } from '../src/index.js'
import { mirrorDifferences } from './support/mirror-comparison.js'
import { mockCore } from './support/mock-core.js'
import { wrappedStore } from './support/wrapped-store.js'

let dir: string
let store: SyncStore
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'halo-sync-stream-'))
  store = sqliteStore(join(dir, 'halo.db'))
})
afterEach(async () => {
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

const isActionSearch = (request: Request) => new URL(request.url).pathname === '/api/Actions'

/** The answer with its body cut after `keep` bytes (the connection dropped mid-body). */
async function cutShort(response: Response, keep: number): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  let sent = false
  const body = new ReadableStream<Uint8Array>({
    // Erroring a stream drops what is queued: the cut comes on the read after the bytes were taken.
    pull(controller) {
      if (sent) controller.error(new TypeError('terminated'))
      else controller.enqueue(bytes.slice(0, keep))
      sent = true
    },
  })
  return new Response(body, { status: response.status, headers: response.headers })
}

describe('the one answer with every action, read as it arrives', () => {
  it('mirrors an answer larger than the core will read into memory, in several writes', async () => {
    // About 2,400 actions, 1.3 MB: more than one batch of about 64 KiB.
    const mock = createHaloMock({ ticketCount: 1_000 })
    let actionBytes = 0
    const core = mockCore(mock, {
      maxResponseBytes: 64 * 1024,
      fetch: async (input, init) => {
        const request = new Request(input, init)
        const response = await mock.handle(request)
        if (isActionSearch(request)) actionBytes = (await response.clone().arrayBuffer()).byteLength
        return response
      },
    })
    const actionWrites: number[] = []
    const counted = wrappedStore(store, {
      apply: (change) => {
        if (change.table.name === 'actions' && change.upsert !== undefined)
          actionWrites.push(change.upsert.length)
        return store.apply(change)
      },
    })

    const [actions] = await syncHalo({ core, store: counted, resources: ['actions'] })
    expect(actionBytes).toBeGreaterThan(1_000_000)
    expect(actions?.requests).toBe(1)
    expect(actionWrites.length).toBeGreaterThan(1)
    expect(actionWrites.reduce((a, b) => a + b, 0)).toBe(actions?.fetched)
    // Compared through a core that reads whole answers of any size.
    expect(await mirrorDifferences(mockCore(mock), store, 'actions')).toEqual([])
  })

  it('fails on an answer cut short, keeps the old mark, and the next run completes the mirror', async () => {
    const mock = createHaloMock({ ticketCount: 1_000 })
    let cut = true
    const core = mockCore(mock, {
      fetch: async (input, init) => {
        const request = new Request(input, init)
        const response = await mock.handle(request)
        return cut && isActionSearch(request) ? cutShort(response, 800_000) : response
      },
    })
    await expect(syncHalo({ core, store, resources: ['actions'] })).rejects.toThrow(
      /^@halo\/sync: the answer of GET \/Actions stopped after \d+ records \(terminated\)\. What was written before it is kept and the mark does not move: the next run reads it again\.$/,
    )
    expect(await store.readState('actions')).toBeUndefined()
    // What arrived before the cut was written: the next run reads the window again over it.
    const [partial] = await store.query('SELECT count(*) AS n FROM actions')
    expect(Number(partial?.n)).toBeGreaterThan(0)

    cut = false
    const [actions] = await syncHalo({ core, store, resources: ['actions'] })
    expect(actions?.fetched).toBeGreaterThan(Number(partial?.n))
    expect(await store.readState('actions')).toBeDefined()
    expect(await mirrorDifferences(core, store, 'actions')).toEqual([])
  })

  it('stops downloading the answer when a write fails, and fails with the write', async () => {
    const mock = createHaloMock({ ticketCount: 1_000 })
    let cancelled = false
    const core = mockCore(mock, {
      fetch: async (input, init) => {
        const request = new Request(input, init)
        const response = await mock.handle(request)
        if (!isActionSearch(request) || response.body === null) return response
        const reader = response.body.getReader()
        const watched = new ReadableStream<Uint8Array>({
          async pull(controller) {
            const { done, value } = await reader.read()
            if (done) controller.close()
            else controller.enqueue(value)
          },
          cancel(reason) {
            cancelled = true
            return reader.cancel(reason)
          },
        })
        return new Response(watched, { status: response.status, headers: response.headers })
      },
    })
    const failing = wrappedStore(store, {
      apply: (change) =>
        change.table.name === 'actions' && change.deleteSyncedBefore === undefined
          ? Promise.reject(new Error('disk full'))
          : store.apply(change),
    })
    await expect(syncHalo({ core, store: failing, resources: ['actions'] })).rejects.toThrow('disk full')
    expect(cancelled).toBe(true)
    expect(await store.readState('actions')).toBeUndefined()
  })

  it('lets the event loop in between batches of an answer already buffered whole', async () => {
    // Every byte of the answer is there before the read starts, and the store takes each batch at
    // once: without a yield, the whole answer would be read in one turn of the event loop, holding
    // back every other answer (a lane's next ticket page) until the last batch.
    const mock = createHaloMock({ ticketCount: 1_000 })
    const core = mockCore(mock, {
      fetch: async (input, init) => {
        const request = new Request(input, init)
        const response = await mock.handle(request)
        if (!isActionSearch(request)) return response
        const bytes = new Uint8Array(await response.arrayBuffer())
        const buffered = new ReadableStream<Uint8Array>({
          start(controller) {
            for (let at = 0; at < bytes.length; at += 16_384) controller.enqueue(bytes.slice(at, at + 16_384))
            controller.close()
          },
        })
        return new Response(buffered, { status: response.status, headers: response.headers })
      },
    })
    let turnsTaken = 0
    const turnsSeenByBatch: number[] = []
    const instant = wrappedStore(store, {
      apply: (change) => {
        if (change.table.name !== 'actions' || change.deleteSyncedBefore !== undefined)
          return store.apply(change)
        // The first batch starts a turn of the event loop that can only run if the read yields.
        if (turnsSeenByBatch.length === 0) setImmediate(() => turnsTaken++)
        turnsSeenByBatch.push(turnsTaken)
        return Promise.resolve({ deleted: 0 })
      },
    })
    await syncHalo({ core, store: instant, resources: ['actions'] })
    expect(turnsSeenByBatch.length).toBeGreaterThan(3)
    // The second batch is read after the event loop took its turn, not in the same one.
    expect(turnsSeenByBatch.slice(0, 2)).toEqual([0, 1])
  })

  it('fetches the token while the store opens', async () => {
    const mock = createHaloMock({ ticketCount: 10 })
    let tokenAsked!: () => void
    const asked = new Promise<void>((resolve) => {
      tokenAsked = resolve
    })
    const core = mockCore(mock, {
      fetch: (input, init) => {
        const request = new Request(input, init)
        if (new URL(request.url).pathname.endsWith('/token')) tokenAsked()
        return mock.handle(request)
      },
    })
    // A store that opens only once the token has been asked for: without the overlap, this waits.
    const slowToOpen = wrappedStore(store, {
      open: async () => {
        const waited = await Promise.race([
          asked.then(() => true),
          new Promise<false>((resolve) => setTimeout(() => resolve(false), 10_000)),
        ])
        if (!waited) throw new Error('the token was not asked for while the store opened')
        await store.open()
      },
    })
    const [tickets] = await syncHalo({ core, store: slowToOpen, resources: ['tickets'] })
    expect(tickets?.fetched).toBe(10)
  })
})

describe('a list read as it arrives', () => {
  /** A core whose ticket list answers `body` labelled `contentType`; the rest goes to the mock. */
  const ticketsAnswering = (body: string, contentType: string) => {
    const mock = createHaloMock({ ticketCount: 10 })
    return mockCore(mock, {
      fetch: async (input, init) => {
        const request = new Request(input, init)
        if (new URL(request.url).pathname === '/api/Tickets')
          return new Response(body, { headers: { 'content-type': contentType } })
        return mock.handle(request)
      },
    })
  }

  it('refuses an HTML page where the list was due, saying what to check', async () => {
    const core = ticketsAnswering('<html><body>Sign in</body></html>', 'text/html')
    await expect(syncHalo({ core, store, resources: ['tickets'] })).rejects.toThrow(
      /^Halo returned an HTML page \(status 200\) — check baseUrl.*\(GET \/api\/Tickets\)\.$/,
    )
    expect(await store.readState('tickets')).toBeUndefined()
  })

  it('reads a list labelled text/html when its body is JSON (some IIS setups label it so)', async () => {
    const mock = createHaloMock({ ticketCount: 30 })
    const core = mockCore(mock, {
      fetch: async (input, init) => {
        const answer = await mock.handle(new Request(input, init))
        const headers = new Headers(answer.headers)
        headers.set('content-type', 'text/html; charset=utf-8')
        return new Response(answer.body, { status: answer.status, headers })
      },
    })
    const [tickets] = await syncHalo({ core, store, resources: ['tickets'] })
    expect(tickets?.fetched).toBe(30)
    expect(await mirrorDifferences(mockCore(mock), store, 'tickets')).toEqual([])
  })

  it('refuses an HTML page labelled as JSON, told by its first bytes', async () => {
    const core = ticketsAnswering('\n  <!DOCTYPE html><html><body>Sign in</body></html>', 'application/json')
    await expect(syncHalo({ core, store, resources: ['tickets'] })).rejects.toThrow(
      /^Halo returned an HTML page \(status 200\) — check baseUrl.*\(GET \/api\/Tickets\)\.$/,
    )
  })

  it("fails a page that stops arriving for the core's timeoutMs, and keeps the old mark", async () => {
    const mock = createHaloMock({ ticketCount: 250 })
    // Generous for the answers that do come (each attempt, headers included, has this long); the
    // stalled page waits it out once.
    const timeoutMs = 2_000
    const core = mockCore(mock, {
      timeoutMs,
      fetch: async (input, init) => {
        const request = new Request(input, init)
        const response = await mock.handle(request)
        if (new URL(request.url).searchParams.get('page_no') !== '2') return response
        const bytes = new Uint8Array(await response.arrayBuffer())
        let sent = false
        // Half the page, then nothing: the connection stalled.
        const stalled = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (!sent) controller.enqueue(bytes.slice(0, bytes.length / 2))
            sent = true
            return new Promise<void>(() => {})
          },
        })
        return new Response(stalled, { status: response.status, headers: response.headers })
      },
    })
    const error = await syncHalo({ core, store, resources: ['tickets'] }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(isHaloTimeoutError(error)).toBe(true)
    expect((error as Error).message).toMatch(
      new RegExp(
        `GET /api/Tickets stalled mid-body: nothing more arrived for ${timeoutMs} ms \\(timeoutMs\\) after \\d+ bytes`,
      ),
    )
    expect(await store.readState('tickets')).toBeUndefined()
  })
})
