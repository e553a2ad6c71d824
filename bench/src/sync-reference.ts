// What the harness alone costs a mirror: the full mirror's requests (every ticket page, then the one
// request for every action) with nothing done to their answers: no record cut out, parsed or
// written. Its time over its floor is the simulated Halo's, the simulated network's and the core's
// transport's share; the full mirror's time over the same floor less this is the sync's own share.
import type { HaloCore } from '@halo/core'

/** Where the sync's full read of actions starts (its `everything` query). */
const BEGINNING = '1900-01-01T00:00:00Z'

/** Reads a body to its end, keeping nothing. */
async function drain(body: ReadableStream<Uint8Array> | undefined): Promise<void> {
  if (body === undefined) return
  const reader = body.getReader()
  while (!(await reader.read()).done) {}
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
 * at once, the other pages once the first page's body is in, `concurrency` lanes each asking for its
 * next page as soon as the last one's headers are in (its body drained beside it).
 */
export async function drainMirrorRequests(core: HaloCore, requests: MirrorRequests): Promise<void> {
  const { pages, pageSize, concurrency, until } = requests
  const stream = (path: string, query: Record<string, unknown>) =>
    core.get<ReadableStream<Uint8Array> | undefined>(path, { query, responseType: 'stream' })
  const page = (pageNo: number) =>
    stream('/Tickets', { pageinate: true, page_size: pageSize, page_no: pageNo })
  const actions = stream('/Actions', { startdate: BEGINNING, enddate: until }).then(drain)
  await drain(await page(1))
  const bodies: Promise<void>[] = [actions]
  let next = 2
  const lane = async () => {
    while (next <= pages) bodies.push(drain(await page(next++)))
  }
  await Promise.all(Array.from({ length: concurrency }, lane))
  await Promise.all(bodies)
}
