import { describe, expect, it } from 'vitest'
import type { HaloCore } from '../../src/halo-core.js'
import type { RequestOptions } from '../../src/options/request-options.js'
import { recordHelpers, recordIdOf } from '../../src/resource/record-helpers/index.js'
import { withMethods } from '../../src/resource/with-methods/with-methods.js'

interface Widget {
  id?: number | null
  name?: string
}

// The helpers only pass the core through to the operations; these fakes never touch it.
const core = {} as HaloCore

function fakeOperations() {
  const calls: { op: string; params: unknown; options?: RequestOptions | undefined }[] = []
  const operations = {
    get: async (_core: HaloCore, params: { readonly id: number; readonly includedetails?: boolean }) => {
      calls.push({ op: 'get', params })
      return { id: params.id, name: 'fresh' } as Widget
    },
    upsert: async (
      _core: HaloCore,
      params: { readonly body: readonly Widget[] },
      options?: RequestOptions,
    ) => {
      calls.push({ op: 'upsert', params, options })
      return params.body.map((w) => ({ ...w, name: `${w.name ?? ''} (saved)` }))
    },
    remove: async (_core: HaloCore, params: { readonly id: number; readonly reason?: string }) => {
      calls.push({ op: 'remove', params })
      return { deleted: params.id }
    },
  }
  return { calls, operations }
}

type WidgetRecord = Widget & { readonly decorated: true }

function widgetRecord(widget: Widget): WidgetRecord {
  return { ...widget, decorated: true }
}

describe('recordHelpers', () => {
  it('update posts [{ ...patch, id }] and answers the decorated record; the record is left as it was', async () => {
    const { calls, operations } = fakeOperations()
    const widget: Widget = { id: 7, name: 'old' }
    const helpers = recordHelpers(core, widget, 'widget', operations, widgetRecord)
    const signal = new AbortController().signal
    const updated = await helpers.update({ name: 'new' }, { signal })
    expect(updated).toEqual({ id: 7, name: 'new (saved)', decorated: true })
    expect(calls).toEqual([{ op: 'upsert', params: { body: [{ name: 'new', id: 7 }] }, options: { signal } }])
    expect(widget).toEqual({ id: 7, name: 'old' })
  })

  it('delete and refresh send the record id with the extra params', async () => {
    const { calls, operations } = fakeOperations()
    const helpers = recordHelpers(core, { id: 3 } as Widget, 'widget', operations, widgetRecord)
    await expect(helpers.delete({ reason: 'tidy' })).resolves.toEqual({ deleted: 3 })
    await expect(helpers.refresh({ includedetails: true })).resolves.toEqual({
      id: 3,
      name: 'fresh',
      decorated: true,
    })
    expect(calls.map((c) => [c.op, c.params])).toEqual([
      ['remove', { reason: 'tidy', id: 3 }],
      ['get', { includedetails: true, id: 3 }],
    ])
  })

  it('reads the id when a helper runs, and rejects (not throws) for a record without one', async () => {
    const { calls, operations } = fakeOperations()
    const draft: Widget = { name: 'draft' }
    const helpers = recordHelpers(core, draft, 'widget', operations, widgetRecord)
    const pending = helpers.update({ name: 'x' })
    expect(pending).toBeInstanceOf(Promise)
    await expect(pending).rejects.toThrow(/This widget record has no id/)
    await expect(helpers.delete()).rejects.toBeInstanceOf(TypeError)
    await expect(helpers.refresh()).rejects.toBeInstanceOf(TypeError)
    expect(calls).toEqual([])
    draft.id = 4
    await helpers.refresh()
    expect(calls.map((c) => c.params)).toEqual([{ id: 4 }])
  })

  it('can be attached with withMethods, keeping the record JSON as Halo sent it', () => {
    const { operations } = fakeOperations()
    const widget: Widget = { id: 1, name: 'a' }
    const record = withMethods(widget, recordHelpers(core, widget, 'widget', operations, widgetRecord))
    expect(typeof record.update).toBe('function')
    expect(JSON.stringify(record)).toBe('{"id":1,"name":"a"}')
  })
})

describe('recordIdOf', () => {
  it('answers a positive number or a non-empty string id', () => {
    expect(recordIdOf({ id: 12 }, 'client')).toBe(12)
    expect(recordIdOf({ id: '4f0c' }, 'priority')).toBe('4f0c')
  })

  it.each([undefined, null, 0, -1, ''])('throws a TypeError naming the kind for id %j', (id) => {
    expect(() => recordIdOf({ id }, 'invoice')).toThrow(
      new TypeError('This invoice record has no id (was it built by hand rather than fetched or created?)'),
    )
  })
})
