import { describe, expect, it } from 'vitest'
import type { HaloCore } from '../../src/halo-core.js'
import { createHaloList } from '../../src/list/create-halo-list.js'
import type { HaloList } from '../../src/list/halo-list.js'
import type { RequestOptions } from '../../src/options/request-options.js'
import {
  type NamedEntry,
  NameLookupError,
  perCoreNameLookup,
} from '../../src/resource/name-lookup-cache/index.js'
import { crudMethods, deleteMethods, nameLookupMethods } from '../../src/resource/resource-methods/index.js'
import { withMethods } from '../../src/resource/with-methods/with-methods.js'

interface Gadget {
  id?: number
  name?: string
}

// The builders only pass the core through to operations; these fakes never touch it.
const core = {} as HaloCore

function fakeGadgets(total: number) {
  const rows: Gadget[] = Array.from({ length: total }, (_, i) => ({ id: i + 1, name: `g${i + 1}` }))
  const calls: { op: string; params: unknown; options?: RequestOptions | undefined }[] = []
  let nextId = total + 1
  return {
    calls,
    list: (
      _core: HaloCore,
      params?: { readonly client_id?: number },
      options?: RequestOptions,
    ): HaloList<Gadget> => {
      calls.push({ op: 'list', params, options })
      return createHaloList<Gadget>(async () => rows.map((r) => ({ ...r })), {
        paged: false,
        pageSize: 100,
        onMismatch: () => {},
      })
    },
    get: async (_core: HaloCore, params: { readonly id: number; readonly includedetails?: boolean }) => {
      calls.push({ op: 'get', params })
      const row = rows.find((r) => r.id === params.id)
      if (!row) throw new Error('not found')
      return { ...row }
    },
    upsert: async (
      _core: HaloCore,
      params: { readonly body: readonly Gadget[] },
      options?: RequestOptions,
    ) => {
      calls.push({ op: 'upsert', params, options })
      const saved = params.body.map((g) => ({ ...g, id: g.id ?? nextId++ }))
      return saved.length === 1 ? saved[0] : saved
    },
    remove: async (_core: HaloCore, params: { readonly id: number; readonly reason?: string }) => {
      calls.push({ op: 'delete', params })
      return { id: params.id }
    },
  }
}

const decorate = (gadget: Gadget) => withMethods(gadget, { label: () => `#${gadget.id} ${gadget.name}` })

describe('crudMethods', () => {
  it('gives list, get, create, update, createMany, upsertMany, delete and deleteMany, and nothing else', () => {
    const methods = crudMethods(core, fakeGadgets(0), decorate)
    expect(Object.keys(methods).sort()).toEqual(
      ['create', 'createMany', 'delete', 'deleteMany', 'get', 'list', 'update', 'upsertMany'].sort(),
    )
    expect(methods.createMany).toBe(methods.upsertMany)
  })

  it('routes each method to its operation and decorates what comes back', async () => {
    const server = fakeGadgets(3)
    const gadgets = crudMethods(
      core,
      { list: server.list, get: server.get, upsert: server.upsert, remove: server.remove },
      decorate,
    )
    const all = await gadgets.list({ client_id: 7 })
    expect(all.map((g) => g.label())).toEqual(['#1 g1', '#2 g2', '#3 g3'])
    expect(JSON.stringify(all[0])).toBe('{"id":1,"name":"g1"}')
    expect((await gadgets.get(2, { includedetails: true })).label()).toBe('#2 g2')
    const created = await gadgets.create({ name: 'new' })
    expect(created.label()).toBe('#4 new')
    const many = await gadgets.create([{ name: 'a' }, { name: 'b' }])
    expect(many.map((g) => g.id)).toEqual([5, 6])
    expect((await gadgets.update(2, { name: 'renamed' })).label()).toBe('#2 renamed')
    const batch = await gadgets.upsertMany([{ name: 'x' }, { id: 1, name: 'y' }])
    expect(batch.succeeded).toBe(2)
    expect(batch.records[1]?.label()).toBe('#1 y')
    expect(await gadgets.delete(3, { reason: 'duplicate' })).toEqual({ id: 3 })
    expect(server.calls.map((c) => [c.op, c.params])).toEqual([
      ['list', { client_id: 7 }],
      ['get', { includedetails: true, id: 2 }],
      ['upsert', { body: [{ name: 'new' }] }],
      ['upsert', { body: [{ name: 'a' }, { name: 'b' }] }],
      ['upsert', { body: [{ name: 'renamed', id: 2 }] }],
      ['upsert', { body: [{ name: 'x' }, { id: 1, name: 'y' }] }],
      ['delete', { reason: 'duplicate', id: 3 }],
    ])
  })
})

describe('nameLookupMethods', () => {
  function setup() {
    let loads = 0
    const names = perCoreNameLookup<number>({
      kind: 'gadget',
      load: async (): Promise<NamedEntry<number>[]> => {
        loads++
        return [
          { name: 'Blue', id: 1 },
          { name: 'Green', id: 2 },
        ]
      },
    })
    return { names, loads: () => loads }
  }

  it('resolves names case-insensitively through the per-core cache, shared between calls', async () => {
    const { names, loads } = setup()
    expect(loads()).toBe(0)
    const first = nameLookupMethods(core, names)
    const second = nameLookupMethods(core, names)
    expect(loads()).toBe(0)
    expect(await first.idOf('green')).toBe(2)
    expect(await second.idOf('BLUE')).toBe(1)
    expect(loads()).toBe(1)
    expect(names(core)).toBe(names(core))
  })

  it('rejects with NameLookupError for an unknown name', async () => {
    const { names } = setup()
    await expect(nameLookupMethods(core, names).idOf('Purple')).rejects.toBeInstanceOf(NameLookupError)
  })

  it('passes the signal on: an aborted signal stops the lookup', async () => {
    const { names } = setup()
    const controller = new AbortController()
    controller.abort(new Error('stopped'))
    await expect(nameLookupMethods(core, names).idOf('Blue', { signal: controller.signal })).rejects.toThrow()
  })
})

describe('deleteMany', () => {
  it('deletes each id with the per-call options apart from the params, and reports failures without stopping', async () => {
    const core = {} as HaloCore
    const calls: unknown[] = []
    const signal = new AbortController().signal
    const remove = async (
      _core: HaloCore,
      params: { readonly id: number; readonly bypass?: boolean | undefined },
      options?: RequestOptions,
    ) => {
      calls.push([params, options])
      if (params.id === 2) throw new Error('not found')
      return undefined
    }
    const { deleteMany } = deleteMethods(core, remove)
    const result = await deleteMany([1, 2, 3], { signal, params: { bypass: true } })
    expect(result.deleted).toEqual([1, 3])
    expect(result.failures).toEqual([{ id: 2, error: new Error('not found') }])
    expect(calls).toEqual([
      [{ bypass: true, id: 1 }, { signal }],
      [{ bypass: true, id: 2 }, { signal }],
      [{ bypass: true, id: 3 }, { signal }],
    ])
  })
})
