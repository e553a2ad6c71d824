import { describe, expect, it, vi } from 'vitest'
import type { HaloCore } from '../../src/halo-core.js'
import {
  type NamedEntry,
  NameLookupCache,
  NameLookupError,
  perCoreNameLookup,
} from '../../src/resource/name-lookup-cache/index.js'

// The caches only key on the core and hand it to `load`; these fakes are never called into.
const coreA = {} as HaloCore
const coreB = {} as HaloCore

const byScope: Record<string, NamedEntry<number>[]> = {
  '': [
    { name: 'High', id: 1 },
    { name: 'Low', id: 2 },
  ],
  '5': [{ name: 'High', id: 51 }],
}

function setup(kind: string | ((scope: string) => string) = 'priority') {
  const load = vi.fn(async (_core: HaloCore, scope: string) => byScope[scope] ?? [])
  return { load, names: perCoreNameLookup<number>({ kind, load }) }
}

describe('perCoreNameLookup', () => {
  it('answers one NameLookupCache per core, shared by every call for that core', async () => {
    const { load, names } = setup()
    expect(names(coreA)).toBeInstanceOf(NameLookupCache)
    expect(names(coreA)).toBe(names(coreA))
    expect(names(coreA)).not.toBe(names(coreB))
    await expect(names(coreA).resolve('high')).resolves.toBe(1)
    await expect(names(coreA).resolve('LOW')).resolves.toBe(2)
    expect(load).toHaveBeenCalledTimes(1)
    expect(load).toHaveBeenCalledWith(coreA, '')
    await names(coreB).resolve('high')
    expect(load).toHaveBeenCalledTimes(2)
    expect(load).toHaveBeenLastCalledWith(coreB, '')
  })

  it('keeps a separate cache per scope, loaded with that scope', async () => {
    const { load, names } = setup()
    expect(names(coreA, '5')).not.toBe(names(coreA))
    await expect(names(coreA, '5').resolve('High')).resolves.toBe(51)
    await expect(names(coreA).resolve('High')).resolves.toBe(1)
    expect(load.mock.calls.map(([, scope]) => scope)).toEqual(['5', ''])
  })

  it('names the kind in errors, from the scope when kind is a function', async () => {
    const { names } = setup((scope) => `priority (SLA ${scope})`)
    const error = await names(coreA, '5')
      .resolve('Medium')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NameLookupError)
    expect((error as NameLookupError).kind).toBe('priority (SLA 5)')
    expect((error as NameLookupError).message).toBe('No priority (SLA 5) named "Medium". Known: "High".')
  })

  it('passes ttlMs on: ttlMs 0 loads on every lookup', async () => {
    const load = vi.fn(async () => byScope[''] ?? [])
    const names = perCoreNameLookup<number>({ kind: 'priority', load, ttlMs: 0 })
    await names(coreA).resolve('High')
    await names(coreA).resolve('High')
    expect(load).toHaveBeenCalledTimes(2)
  })
})
