import { describe, expect, it, vi } from 'vitest'
import { type NamedEntry, NameLookupCache, NameLookupError } from '../../src/resource/index.js'

const statuses: NamedEntry<number>[] = [
  { id: 1, name: 'New' },
  { id: 2, name: 'In Progress' },
  { id: 9, name: 'Closed' },
]

function setup(entries: NamedEntry<number>[] = statuses, ttlMs = 1000) {
  let clock = 0
  const load = vi.fn(async () => entries)
  const cache = new NameLookupCache<number>({ kind: 'status', load, ttlMs, now: () => clock })
  return { cache, load, advance: (ms: number) => (clock += ms) }
}

describe('NameLookupCache', () => {
  it('resolves names case-insensitively and ignoring surrounding spaces', async () => {
    const { cache, load } = setup()
    await expect(cache.resolve('in progress')).resolves.toBe(2)
    await expect(cache.resolve('  CLOSED ')).resolves.toBe(9)
    await expect(cache.find('new')).resolves.toBe(1)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads once for concurrent lookups (single flight)', async () => {
    const { cache, load } = setup()
    const ids = await Promise.all([cache.resolve('New'), cache.resolve('Closed'), cache.find('In Progress')])
    expect(ids).toEqual([1, 9, 2])
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('reloads after the TTL and after clear()', async () => {
    const { cache, load, advance } = setup()
    await cache.resolve('New')
    advance(999)
    await cache.resolve('New')
    expect(load).toHaveBeenCalledTimes(1)
    advance(1)
    await cache.resolve('New')
    expect(load).toHaveBeenCalledTimes(2)
    cache.clear()
    await cache.resolve('New')
    expect(load).toHaveBeenCalledTimes(3)
  })

  it('throws a NameLookupError listing known names for an unknown name', async () => {
    const { cache } = setup()
    const error = await cache.resolve('Pending').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NameLookupError)
    expect((error as NameLookupError).message).toBe(
      'No status named "Pending". Known: "New", "In Progress", "Closed".',
    )
    await expect(cache.find('Pending')).resolves.toBeUndefined()
  })

  it('refuses an ambiguous name and names the ids', async () => {
    const { cache } = setup([
      { id: 1, name: 'Medium' },
      { id: 7, name: 'medium' },
    ])
    await expect(cache.resolve('Medium')).rejects.toThrow('ids 1, 7 share it')
    await expect(cache.find('Medium')).resolves.toBeUndefined()
  })

  it('ignores nameless entries and repeats of the same id', async () => {
    const { cache } = setup([
      { id: 1, name: null },
      { id: 2, name: ' ' },
      { id: 3, name: 'A' },
      { id: 3, name: 'a' },
    ])
    await expect(cache.resolve('a')).resolves.toBe(3)
  })

  it('does not cache a failed load', async () => {
    let calls = 0
    const cache = new NameLookupCache<number>({
      kind: 'agent',
      load: async () => {
        calls++
        if (calls === 1) throw new Error('network down')
        return [{ id: 4, name: 'Ann' }]
      },
    })
    await expect(cache.resolve('Ann')).rejects.toThrow('network down')
    await expect(cache.resolve('Ann')).resolves.toBe(4)
  })

  it('lets one caller abort without failing the others sharing the load', async () => {
    let release: (entries: NamedEntry<string>[]) => void = () => undefined
    const cache = new NameLookupCache<string>({
      kind: 'priority',
      load: () => new Promise((r) => (release = r)),
    })
    const controller = new AbortController()
    const aborted = cache.resolve('High', controller.signal)
    const other = cache.resolve('High')
    controller.abort(new Error('caller gave up'))
    release([{ id: 'uuid-1', name: 'High' }])
    await expect(aborted).rejects.toThrow('caller gave up')
    await expect(other).resolves.toBe('uuid-1')
  })

  it('rejects immediately for an already aborted signal and a negative TTL', async () => {
    const { cache, load } = setup()
    await expect(cache.resolve('New', AbortSignal.abort(new Error('already')))).rejects.toThrow('already')
    expect(load).not.toHaveBeenCalled()
    expect(() => new NameLookupCache({ kind: 'x', load: async () => [], ttlMs: -1 })).toThrow(/ttlMs/)
  })
})
