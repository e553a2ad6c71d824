import { describe, expect, it } from 'vitest'
import {
  cachedFetch,
  MemoryResponseCacheStore,
  type ResponseCacheStore,
} from '../../src/resource/response-cache/index.js'

const api = 'https://acme.halopsa.com/api'

// A stand-in Halo: answers every GET with a JSON body counting the calls, every write with 200.
function fakeHalo() {
  const calls: string[] = []
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input)
    const method = init?.method ?? 'GET'
    calls.push(`${method} ${url.replace(api, '')}`)
    if (url.includes('/Broken')) return new Response('oops', { status: 500 })
    return Response.json({ call: calls.length })
  }
  return { calls, fetch: () => fetch as typeof globalThis.fetch }
}

describe('cachedFetch', () => {
  it('answers a repeated GET of reference data from the store, keyed by path and query', async () => {
    const halo = fakeHalo()
    const fetch = cachedFetch(halo.fetch, {})()
    expect(await (await fetch(`${api}/Status`)).json()).toEqual({ call: 1 })
    expect(await (await fetch(`${api}/Status`)).json()).toEqual({ call: 1 })
    expect(await (await fetch(`${api}/Status?count=5`)).json()).toEqual({ call: 2 })
    expect(await (await fetch(`${api}/TicketType/1?includedetails=true`)).json()).toEqual({ call: 3 })
    expect(await (await fetch(`${api}/tickettype/1?includedetails=true`)).json()).toEqual({ call: 4 })
    expect(halo.calls).toHaveLength(4)
  })

  it('never caches tickets or other collections not named, nor failed answers', async () => {
    const halo = fakeHalo()
    const fetch = cachedFetch(halo.fetch, { resources: ['Status', 'Broken'] })()
    await fetch(`${api}/Tickets`)
    await fetch(`${api}/Tickets`)
    await fetch(`${api}/TicketType`)
    await fetch(`${api}/TicketType`)
    await fetch(`${api}/Broken`)
    await fetch(`${api}/Broken`)
    expect(halo.calls).toEqual([
      'GET /Tickets',
      'GET /Tickets',
      'GET /TicketType',
      'GET /TicketType',
      'GET /Broken',
      'GET /Broken',
    ])
  })

  it('a write to a collection clears its entries (and those that embed it), not the others', async () => {
    const halo = fakeHalo()
    const fetch = cachedFetch(halo.fetch, {})()
    await fetch(`${api}/Status`)
    await fetch(`${api}/Team`)
    await fetch(`${api}/TicketType/1`)
    await fetch(`${api}/Status`, { method: 'POST', body: '[]' })
    await fetch(`${api}/Lookup/4`, { method: 'DELETE' })
    await fetch(`${api}/Status`)
    await fetch(`${api}/Team`)
    await fetch(`${api}/TicketType/1`)
    expect(halo.calls).toEqual([
      'GET /Status',
      'GET /Team',
      'GET /TicketType/1',
      'POST /Status',
      'DELETE /Lookup/4',
      'GET /Status',
      'GET /TicketType/1',
    ])
  })

  it('expires entries after ttlMs', async () => {
    let now = 0
    const halo = fakeHalo()
    const store = new MemoryResponseCacheStore({ now: () => now })
    const fetch = cachedFetch(halo.fetch, { store, ttlMs: 1000 })()
    await fetch(`${api}/Priority`)
    now = 999
    await fetch(`${api}/Priority`)
    now = 1000
    await fetch(`${api}/Priority`)
    expect(halo.calls).toEqual(['GET /Priority', 'GET /Priority'])
  })

  it('keeps no header a request carried: entries hold only the path, status, response headers and body', async () => {
    const halo = fakeHalo()
    const keys: string[] = []
    const memory = new MemoryResponseCacheStore()
    const store: ResponseCacheStore = {
      get: (key) => memory.get(key),
      set: (key, value, ttl) => {
        keys.push(key, JSON.stringify(value))
        return memory.set(key, value, ttl)
      },
      deletePrefix: (prefix) => memory.deletePrefix(prefix),
    }
    const fetch = cachedFetch(halo.fetch, { store, namespace: 'agent-7' })()
    await fetch(`${api}/Agent`, { headers: { Authorization: 'Bearer canary-token' } })
    expect(keys[0]).toBe('halo:response-cache:agent-7:https://acme.halopsa.com|agent|/api/Agent')
    expect(keys.join(' ')).not.toContain('canary-token')
  })

  it('refuses a ttl that is not a positive number', () => {
    expect(() => cachedFetch(fakeHalo().fetch, { ttlMs: 0 })).toThrow(/cache.ttlMs/)
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
