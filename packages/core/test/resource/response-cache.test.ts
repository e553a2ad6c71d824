// The response cache through real core calls: the transport looks an answer up before the limiter,
// stores the answers it read and clears entries after writes, and the store is read once per GET.
import { describe, expect, it } from 'vitest'
import {
  type CachedResponse,
  isHaloError,
  MemoryResponseCacheStore,
  type ResponseCacheOptions,
  type ResponseCacheStore,
} from '../../src/index.js'
import { CANARY_TOKEN, stubCore, stubHalo } from '../hostile/support/stub-halo.js'

// A stand-in Halo: answers every GET with a JSON body counting the calls, every write with 200.
function fakeHalo() {
  const stub = stubHalo((request) => {
    if (request.url.includes('/Broken')) return new Response('oops', { status: 500 })
    return Response.json({ call: stub.requests.length })
  })
  const calls = () => stub.requests.map((request) => `${request.method} ${new URL(request.url).pathname}`)
  return { stub, calls }
}

/** A memory store that counts what the cache asks of it. */
function countingStore(now?: () => number) {
  const memory = new MemoryResponseCacheStore(now === undefined ? {} : { now })
  const counts = { get: 0, set: 0, deletePrefix: 0 }
  const written: string[] = []
  const store: ResponseCacheStore = {
    get: (key) => {
      counts.get++
      return memory.get(key)
    },
    set: (key, value: CachedResponse, ttl) => {
      counts.set++
      written.push(key, JSON.stringify(value))
      return memory.set(key, value, ttl)
    },
    deletePrefix: (prefix) => {
      counts.deletePrefix++
      return memory.deletePrefix(prefix)
    },
  }
  return { store, counts, written }
}

function cachedCore(halo: ReturnType<typeof fakeHalo>, cache: ResponseCacheOptions) {
  return stubCore(halo.stub, { retry: false, cache })
}

describe('response cache', () => {
  it('reads the store once for a GET that misses, and once for one answered from it', async () => {
    const halo = fakeHalo()
    const { store, counts } = countingStore()
    const core = cachedCore(halo, { store })
    expect(await core.get('/Status')).toEqual({ call: 1 })
    // A miss: looked up once by the transport, then sent and stored without a second read.
    expect(counts).toEqual({ get: 1, set: 1, deletePrefix: 0 })
    expect(await core.get('/Status')).toEqual({ call: 1 })
    // A hit: one read, nothing sent.
    expect(counts).toEqual({ get: 2, set: 1, deletePrefix: 0 })
    expect(halo.calls()).toEqual(['GET /api/Status'])
    // Not a cached collection: the store is not asked at all.
    await core.get('/Tickets')
    expect(counts.get).toBe(2)
  })

  it('answers a repeated GET of reference data from the store, keyed by path and query', async () => {
    const halo = fakeHalo()
    const core = cachedCore(halo, {})
    expect(await core.get('/Status')).toEqual({ call: 1 })
    expect(await core.get('/Status')).toEqual({ call: 1 })
    expect(await core.get('/Status', { query: { count: 5 } })).toEqual({ call: 2 })
    expect(await core.get('/TicketType/1', { query: { includedetails: true } })).toEqual({ call: 3 })
    expect(await core.get('/tickettype/1', { query: { includedetails: true } })).toEqual({ call: 4 })
    expect(await core.get('/tickettype/1', { query: { includedetails: true } })).toEqual({ call: 4 })
    expect(halo.calls()).toHaveLength(4)
  })

  it('never caches tickets or other collections not named, nor failed answers', async () => {
    const halo = fakeHalo()
    const core = cachedCore(halo, { resources: ['Status', 'Broken'] })
    await core.get('/Tickets')
    await core.get('/Tickets')
    await core.get('/TicketType')
    await core.get('/TicketType')
    for (let call = 0; call < 2; call++) {
      const error = await core.get('/Broken').catch((caught: unknown) => caught)
      expect(isHaloError(error)).toBe(true)
    }
    expect(halo.calls()).toEqual([
      'GET /api/Tickets',
      'GET /api/Tickets',
      'GET /api/TicketType',
      'GET /api/TicketType',
      'GET /api/Broken',
      'GET /api/Broken',
    ])
  })

  it('a write to a collection clears its entries (and those that embed it), not the others', async () => {
    const halo = fakeHalo()
    const core = cachedCore(halo, {})
    await core.get('/Status')
    await core.get('/Team')
    await core.get('/TicketType/1')
    await core.post('/Status', [])
    await core.delete('/Lookup/4')
    await core.get('/Status')
    await core.get('/Team')
    await core.get('/TicketType/1')
    expect(halo.calls()).toEqual([
      'GET /api/Status',
      'GET /api/Team',
      'GET /api/TicketType/1',
      'POST /api/Status',
      'DELETE /api/Lookup/4',
      'GET /api/Status',
      'GET /api/TicketType/1',
    ])
  })

  it('expires entries after ttlMs', async () => {
    let now = 0
    const halo = fakeHalo()
    const store = new MemoryResponseCacheStore({ now: () => now })
    const core = cachedCore(halo, { store, ttlMs: 1000 })
    await core.get('/Priority')
    now = 999
    await core.get('/Priority')
    now = 1000
    await core.get('/Priority')
    expect(halo.calls()).toEqual(['GET /api/Priority', 'GET /api/Priority'])
  })

  it('keeps no header a request carried: entries hold only the path, status, response headers and body', async () => {
    const halo = fakeHalo()
    const { store, written } = countingStore()
    const core = cachedCore(halo, { store, namespace: 'agent-7' })
    await core.get('/Agent')
    // The call did carry the token; the store never sees it.
    expect(halo.stub.requests[0]?.headers.get('authorization')).toContain(CANARY_TOKEN)
    expect(written[0]).toBe('halo:response-cache:agent-7:https://acme.halopsa.com|agent|/api/Agent')
    expect(written.join(' ')).not.toContain(CANARY_TOKEN)
  })

  it('refuses a ttl that is not a positive number', () => {
    const halo = fakeHalo()
    expect(() => cachedCore(halo, { ttlMs: 0 })).toThrow(/cache.ttlMs/)
    expect(() => cachedCore(halo, { ttlMs: Number.NaN })).toThrow(/cache.ttlMs/)
  })
})

describe('MemoryResponseCacheStore', () => {
  it('drops the oldest entry beyond maxEntries', async () => {
    const store = new MemoryResponseCacheStore({ maxEntries: 2 })
    const entry = { status: 200, headers: {}, body: '[]' }
    await store.set('a', entry, 1000)
    await store.set('b', entry, 1000)
    await store.set('c', entry, 1000)
    expect(await store.get('a')).toBeUndefined()
    expect(await store.get('c')).toEqual(entry)
    expect(store.size).toBe(2)
  })
})
