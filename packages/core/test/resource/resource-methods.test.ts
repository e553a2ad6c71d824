import { describe, expect, it } from 'vitest'
import type { HaloCore } from '../../src/halo-core.js'
import { createHaloList } from '../../src/list/create-halo-list.js'
import type { HaloList } from '../../src/list/halo-list.js'
import type { RequestOptions } from '../../src/options/request-options.js'
import { mapHaloList } from '../../src/resource/map-halo-list/map-halo-list.js'
import {
  deleteMethods,
  getMethods,
  listMethods,
  searchMethods,
  writeMethods,
} from '../../src/resource/resource-methods/index.js'
import { withMethods } from '../../src/resource/with-methods/with-methods.js'

interface Widget {
  id?: number
  name?: string
}
interface ListWidgetsParams {
  readonly search?: string | undefined
  readonly client_id?: number | undefined
  readonly limit?: number
}

// The resource builders only pass the core through to operations; these fakes never touch it.
const core = {} as HaloCore

function fakeServer(total: number) {
  const rows: Widget[] = Array.from({ length: total }, (_, i) => ({ id: i + 1, name: `w${i + 1}` }))
  const calls: { op: string; params: unknown; options?: RequestOptions | undefined }[] = []
  const list = (_core: HaloCore, params?: ListWidgetsParams, options?: RequestOptions): HaloList<Widget> => {
    calls.push({ op: 'list', params, options })
    const filtered = params?.search ? rows.filter((r) => r.name?.includes(params.search ?? '')) : rows
    return createHaloList<Widget>(
      async ({ pageNo, pageSize }) => ({
        record_count: filtered.length,
        widgets: filtered.slice((pageNo - 1) * pageSize, pageNo * pageSize),
      }),
      {
        paged: true,
        listKey: 'widgets',
        pageSize: 10,
        ...(params?.limit ? { limit: params.limit } : {}),
        onMismatch: () => {},
      },
    )
  }
  const get = async (_core: HaloCore, params: { readonly id: number; readonly includedetails?: boolean }) => {
    calls.push({ op: 'get', params })
    const row = rows.find((r) => r.id === params.id)
    if (!row) throw new Error('not found')
    return { ...row }
  }
  let nextId = total + 1
  const upsert = async (
    _core: HaloCore,
    params: { readonly body: readonly Widget[] },
    options?: RequestOptions,
  ) => {
    calls.push({ op: 'upsert', params, options })
    const saved = params.body.map((w) => ({ ...w, id: w.id ?? nextId++ }))
    return saved.length === 1 ? saved[0] : saved
  }
  const remove = async (_core: HaloCore, params: { readonly id: number; readonly reason?: string }) => {
    calls.push({ op: 'delete', params })
    return { id: params.id }
  }
  return { list, get, upsert, remove, calls }
}

const decorate = (widget: Widget) => withMethods(widget, { label: () => `#${widget.id} ${widget.name}` })

describe('resource method builders', () => {
  it('list pages through every record and decorates each, keeping wire fields enumerable', async () => {
    const server = fakeServer(25)
    const { list } = listMethods(core, server.list, decorate)
    const all = await list({ client_id: 3 })
    expect(all).toHaveLength(25)
    expect(all[24]?.label()).toBe('#25 w25')
    expect(JSON.stringify(all[0])).toBe('{"id":1,"name":"w1"}')
    expect(server.calls[0]?.params).toEqual({ client_id: 3 })
  })

  it('list streams decorated records with for await, and .pages() keeps page metadata', async () => {
    const server = fakeServer(25)
    const { list } = listMethods(core, server.list, decorate)
    const seen: string[] = []
    for await (const w of list()) seen.push(w.label())
    expect(seen).toHaveLength(25)
    const pages = []
    for await (const page of list().pages()) pages.push([page.pageNo, page.records.length, page.recordCount])
    expect(pages).toEqual([
      [1, 10, 25],
      [2, 10, 25],
      [3, 5, 25],
    ])
  })

  it('search sets Halo’s search filter, passes other filters and honours limit', async () => {
    const server = fakeServer(40)
    const { search } = searchMethods(core, server.list, decorate)
    const found = await search('w1', { client_id: 9, limit: 3 })
    expect(found.map((w) => w.id)).toEqual([1, 10, 11])
    expect(server.calls[0]?.params).toEqual({ client_id: 9, limit: 3, search: 'w1' })
    expect(() => search(5 as unknown as string)).toThrow(/term must be a string/)
  })

  it('get passes the id argument over any id in params and decorates', async () => {
    const server = fakeServer(5)
    const { get } = getMethods(core, server.get, decorate)
    const widget = await get(4, { includedetails: true })
    expect(widget.label()).toBe('#4 w4')
    expect(server.calls[0]?.params).toEqual({ includedetails: true, id: 4 })
    await get(2, { id: 3 } as never)
    expect(server.calls[1]?.params).toEqual({ id: 2 })
  })

  it('create: one in gives one out, an array gives an array, always POSTing an array', async () => {
    const server = fakeServer(0)
    const { create } = writeMethods(core, server.upsert, decorate)
    const one = await create({ name: 'alpha' })
    expect(one.id).toBe(1)
    expect(one.label()).toBe('#1 alpha')
    const many = await create([{ name: 'b' }, { name: 'c' }])
    expect(many.map((w) => w.id)).toEqual([2, 3])
    expect(server.calls.map((c) => (c.params as { body: unknown[] }).body.length)).toEqual([1, 2])
    expect(await create([])).toEqual([])
    expect(server.calls).toHaveLength(2)
  })

  it('update posts the patch with the id and returns the decorated record', async () => {
    const server = fakeServer(3)
    const { update } = writeMethods(core, server.upsert, decorate)
    const updated = await update(2, { name: 'renamed' })
    expect(server.calls[0]?.params).toEqual({ body: [{ name: 'renamed', id: 2 }] })
    expect(updated.label()).toBe('#2 renamed')
  })

  it('upsertMany chunks, maps results back in order and reports failed chunks without losing others', async () => {
    const server = fakeServer(0)
    let posts = 0
    const flaky = async (
      c: HaloCore,
      params: { readonly body: readonly Widget[] },
      options?: RequestOptions,
    ) => {
      posts++
      if (posts === 2) throw new Error('chunk 2 refused')
      return server.upsert(c, params, options)
    }
    const { upsertMany, createMany } = writeMethods(core, flaky, decorate)
    expect(createMany).toBe(upsertMany)
    const items = Array.from({ length: 250 }, (_, i) => ({ name: `n${i}` }))
    const result = await upsertMany(items)
    expect(posts).toBe(3)
    expect(result.succeeded).toBe(150)
    expect(result.failures).toHaveLength(1)
    expect(result.failures[0]).toMatchObject({ start: 100, end: 200 })
    expect(result.records[0]?.name).toBe('n0')
    expect(result.records[0]?.label()).toMatch(/n0$/)
    expect(result.records[150]).toBeUndefined()
    expect(result.records[249]?.name).toBe('n249')
    const small = await upsertMany(items.slice(0, 10), { chunkSize: 4 })
    expect(small.succeeded).toBe(10)
    expect(posts).toBe(6)
  })

  it('delete passes the id and extra query parameters', async () => {
    const server = fakeServer(3)
    const methods = deleteMethods(core, server.remove)
    expect(await methods.delete(3, { reason: 'duplicate' })).toEqual({ id: 3 })
    expect(server.calls[0]?.params).toEqual({ reason: 'duplicate', id: 3 })
  })

  it('mapHaloList maps once when awaited twice and supports catch/finally', async () => {
    let mapped = 0
    const source = createHaloList<number>(async () => [1, 2, 3], {
      paged: false,
      pageSize: 100,
      onMismatch: () => {},
    })
    const doubled = mapHaloList(source, (n) => {
      mapped++
      return n * 2
    })
    expect(await doubled).toEqual([2, 4, 6])
    expect(await doubled.toArray()).toEqual([2, 4, 6])
    expect(mapped).toBe(3)
    let finalized = false
    await doubled.finally(() => {
      finalized = true
    })
    expect(finalized).toBe(true)
    const failing = mapHaloList(
      createHaloList<number>(
        async () => {
          throw new Error('boom')
        },
        { paged: false, pageSize: 100, onMismatch: () => {} },
      ),
      (n) => n,
    )
    await expect(failing.catch((e: unknown) => (e as Error).message)).resolves.toBe('boom')
  })
})
