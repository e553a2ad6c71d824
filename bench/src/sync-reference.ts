// What the harness alone costs a mirror: the full mirror's requests (every ticket page, then the one
// request for every action) with nothing done to their answers: no record cut out, parsed or
// written. Its time over its floor is the simulated Halo's, the simulated network's and the core's
// transport's share; the full mirror's time over the same floor less this is the sync's own share.
import type { HaloCore } from '@halo/core'
import { SYNC_RESOURCES } from '@halo/sync'

/** Reads what is left of a body to its end, keeping nothing. */
async function drainReader(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  while (!(await reader.read()).done) {}
}

/** Reads a body to its end, keeping nothing. */
async function drain(body: ReadableStream<Uint8Array> | undefined): Promise<void> {
  if (body !== undefined) await drainReader(body.getReader())
}

/**
 * Reads a body's first chunk (the sync learns the record count from it: Halo sends `record_count`
 * before the records), and answers the draining of the rest (wrapped: awaiting it waits for the
 * first chunk alone).
 */
async function firstChunk(
  body: ReadableStream<Uint8Array> | undefined,
): Promise<{ readonly rest: Promise<void> }> {
  if (body === undefined) return { rest: Promise.resolve() }
  const reader = body.getReader()
  if ((await reader.read()).done) return { rest: Promise.resolve() }
  return { rest: drainReader(reader) }
}

/** The ticket pages to ask for, and how many requests in flight at once. */
export interface MirrorRequests {
  readonly pages: number
  readonly pageSize: number
  readonly concurrency: number
  /** The actions search's end (the sync's `enddate`). */
  readonly until: string
}

/**
 * The full mirror's requests, issued as the sync issues them: the first ticket page and the actions
 * at once (the actions with the sync's own query for all of them), the other pages once the first
 * page's first bytes are in, `concurrency` lanes each asking for its next page as soon as the last
 * one's headers are in (its body drained beside it).
 */
export async function drainMirrorRequests(core: HaloCore, requests: MirrorRequests): Promise<void> {
  const { pages, pageSize, concurrency, until } = requests
  const stream = (path: string, query: Record<string, unknown>) =>
    core.get<ReadableStream<Uint8Array> | undefined>(path, { query, responseType: 'stream' })
  const page = (pageNo: number) =>
    stream('/Tickets', { pageinate: true, page_size: pageSize, page_no: pageNo })
  const everyAction = SYNC_RESOURCES.actions?.everything?.(until)
  if (everyAction === undefined) throw new Error('the sync no longer reads every action in one request')
  const actions = stream('/Actions', everyAction).then(drain)
  const bodies: Promise<void>[] = [actions, (await firstChunk(await page(1))).rest]
  let next = 2
  const lane = async () => {
    while (next <= pages) bodies.push(drain(await page(next++)))
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  await Promise.all(bodies)
}
