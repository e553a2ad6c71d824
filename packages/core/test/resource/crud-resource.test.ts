import { describe, expect, it } from 'vitest'
import type { HaloCore } from '../../src/halo-core.js'
import { createHaloList } from '../../src/list/create-halo-list.js'
import type { HaloList } from '../../src/list/halo-list.js'
import type { RequestOptions } from '../../src/options/request-options.js'
import { defineCrudResource } from '../../src/resource/crud-resource/index.js'
import { listedNameLookup } from '../../src/resource/name-lookup-cache/index.js'
import { currentRecordMethods } from '../../src/resource/resource-methods/index.js'

interface Widget {
  id?: number
  name?: string
  label?: string
}

// The builders only pass the core through to operations; these fakes never touch it.
const core = {} as HaloCore
const otherCore = {} as HaloCore

function fakeWidgets() {
  const rows: Widget[] = [
    { id: 1, name: 'Lathe', label: 'L-1' },
    { id: 2, name: 'Press', label: 'P-2' },
    { name: 'Unsaved' },
  ]
  const calls: { op: string; params: unknown; options?: RequestOptions | undefined }[] = []
  return {
    calls,
    list: (_core: HaloCore, params?: { readonly search?: string }, options?: RequestOptions) => {
      calls.push({ op: 'list', params, options })
      return createHaloList<Widget>(async () => rows.map((r) => ({ ...r })), {
        paged: false,
        pageSize: 100,
        onMismatch: () => {},
      }) as HaloList<Widget>
    },
    get: async (_core: HaloCore, params: { readonly id: number; readonly includedetails?: boolean }) => {
      calls.push({ op: 'get', params })
      return { ...rows.find((r) => r.id === params.id) }
    },
    upsert: async (_core: HaloCore, params: { readonly body: readonly Widget[] }) => {
      calls.push({ op: 'upsert', params })
      return params.body.map((w) => ({ ...w, id: w.id ?? 9 }))
    },
    remove: async (_core: HaloCore, params: { readonly id: number }, options?: RequestOptions) => {
      calls.push({ op: 'delete', params, options })
      return undefined
    },
  }
}

describe('defineCrudResource', () => {
  it('hands out records with the library’s helpers and the kind’s extras, and the CRUD methods', async () => {
    const widgets = fakeWidgets()
    const widgetResource = defineCrudResource('widget', widgets).withExtras<{ tag(): string }>(
      (_core, widget, { id }) => ({ tag: () => `${widget.label}#${id('tag')}` }),
    )
    const methods = widgetResource.methods(core)
    const lathe = await methods.get(1)
    expect(lathe.tag()).toBe('L-1#1')
    expect(Object.keys(lathe)).toEqual(['id', 'name', 'label'])

    const refreshed = await lathe.refresh()
    expect(refreshed.tag()).toBe('L-1#1')
    expect(widgets.calls.at(-1)).toEqual({ op: 'get', params: { includedetails: true, id: 1 } })

    const signal = new AbortController().signal
    await lathe.delete({ signal })
    expect(widgets.calls.at(-1)).toEqual({ op: 'delete', params: { id: 1 }, options: { signal } })

    const listed = await methods.list()
    expect(listed.map((w) => w.name)).toEqual(['Lathe', 'Press', 'Unsaved'])
    expect(typeof listed[1]?.update).toBe('function')
  })

  it('record() decorates an entity built elsewhere, and its helpers check the id once', async () => {
    const widgetResource = defineCrudResource('widget', fakeWidgets())
    const unsaved = widgetResource.record(core, { name: 'Unsaved' })
    await expect(unsaved.update({ name: 'x' })).rejects.toThrow(
      'widget.update(): this widget record has no id (got undefined)',
    )
  })

  it('exposes its kind and operations, for helpers that call them outside the builder', async () => {
    const widgets = fakeWidgets()
    const definition = defineCrudResource('widget', widgets)
    expect(definition.kind).toBe('widget')
    expect(definition.operations.get).toBe(widgets.get)
    await definition.operations.get(core, { id: 2 })
    expect(widgets.calls).toEqual([{ op: 'get', params: { id: 2 } }])
  })
})

describe('defineCrudResource(…).named()', () => {
  it('adds idOf over one cached list per core, shared by every methods() call', async () => {
    const widgets = fakeWidgets()
    const widgetResource = defineCrudResource('widget', widgets).named((w) => w.label)
    expect(await widgetResource.methods(core).idOf('p-2')).toBe(2)
    expect(await widgetResource.methods(core).idOf('L-1')).toBe(1)
    expect(widgets.calls.filter((c) => c.op === 'list')).toHaveLength(1)
    expect(typeof widgetResource.methods(core).deleteMany).toBe('function')
  })
})

describe('defineCrudResource(…).searchable().withGetMe()', () => {
  it('adds search (the list with `search` set) and getMe, both answering decorated records', async () => {
    const widgets = fakeWidgets()
    const getCurrent = async () => ({ id: 2, name: 'Press' })
    const methods = defineCrudResource('widget', widgets).searchable().withGetMe(getCurrent).methods(core)
    const found = await methods.search('lathe', { limit: 1 })
    expect(widgets.calls.at(-1)?.params).toEqual({ limit: 1, search: 'lathe' })
    expect(typeof found[0]?.refresh).toBe('function')
    const me = await methods.getMe()
    expect(me.name).toBe('Press')
    expect(typeof me.delete).toBe('function')
  })
})

describe('listedNameLookup', () => {
  it('names each listed record with a numeric id by its name, or by the field the kind uses', async () => {
    const widgets = fakeWidgets()
    const byName = listedNameLookup('widget', widgets.list)
    expect(await byName(core).resolve('press')).toBe(2)
    await expect(byName(core).resolve('Unsaved')).rejects.toThrow('No widget named "Unsaved"')

    const byLabel = listedNameLookup('widget', widgets.list, (w) => w.label)
    expect(await byLabel(core).resolve('L-1')).toBe(1)

    const byBoth = listedNameLookup('widget', widgets.list, (w) => [w.name, w.label])
    expect(await byBoth(core).resolve('Lathe')).toBe(1)
    expect(await byBoth(core).resolve('P-2')).toBe(2)
  })

  it('keeps one cache per core: a second resolve on the same core lists nothing again', async () => {
    const widgets = fakeWidgets()
    const names = listedNameLookup('widget', widgets.list)
    await names(core).resolve('Lathe')
    await names(core).resolve('Press')
    await names(otherCore).resolve('Press')
    expect(widgets.calls.filter((c) => c.op === 'list')).toHaveLength(2)
  })
})

describe('currentRecordMethods', () => {
  it('getMe() calls the /me operation with the caller’s options and decorates the answer', async () => {
    const seen: unknown[] = []
    const getCurrent = async (_core: HaloCore, params?: undefined, options?: RequestOptions) => {
      seen.push(params, options)
      return { id: 7, name: 'API agent' }
    }
    const { getMe } = currentRecordMethods(core, getCurrent, (w: Widget) => ({ ...w, decorated: true }))
    const signal = new AbortController().signal
    expect(await getMe({ signal })).toEqual({ id: 7, name: 'API agent', decorated: true })
    expect(seen).toEqual([undefined, { signal }])
  })
})
