import { describe, expect, it } from 'vitest'
import type { HaloCore } from '../../src/halo-core.js'
import type { RequestOptions } from '../../src/options/request-options.js'
import { recordDecorator, recordIdOf } from '../../src/resource/record-helpers/index.js'

interface Widget {
  id?: number | null
  ticket_id?: number | null
  name?: string
}

type GetParams = { readonly id: number; readonly includedetails?: boolean | undefined }
type DeleteParams = { readonly id: number; readonly reason?: string | undefined }

// The helpers only pass the core through to the operations; these fakes never touch it.
const core = {} as HaloCore

function fakeOperations() {
  const calls: { op: string; params: unknown; options?: RequestOptions | undefined }[] = []
  const operations = {
    get: async (_core: HaloCore, params: GetParams, options?: RequestOptions) => {
      calls.push({ op: 'get', params, options })
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
    remove: async (_core: HaloCore, params: DeleteParams, options?: RequestOptions) => {
      calls.push({ op: 'remove', params, options })
      return { deleted: params.id }
    },
  }
  return { calls, operations }
}

describe('recordDecorator', () => {
  it('update posts [{ ...patch, id }] and answers a decorated record; the record is left as it was', async () => {
    const { calls, operations } = fakeOperations()
    const widget = recordDecorator(core, 'widget', operations)({ id: 7, name: 'old' })
    const signal = new AbortController().signal
    const updated = await widget.update({ name: 'new' }, { signal })
    expect(updated).toEqual({ id: 7, name: 'new (saved)' })
    expect(typeof updated.refresh).toBe('function')
    expect(calls).toEqual([{ op: 'upsert', params: { body: [{ name: 'new', id: 7 }] }, options: { signal } }])
    expect({ ...widget }).toEqual({ id: 7, name: 'old' })
  })

  it('delete({ signal }) passes the signal as an option, never as a query parameter', async () => {
    const { calls, operations } = fakeOperations()
    const widget = recordDecorator(core, 'widget', operations)({ id: 3 })
    const signal = new AbortController().signal
    await expect(widget.delete({ signal, params: { reason: 'tidy' } })).resolves.toEqual({ deleted: 3 })
    expect(calls).toEqual([{ op: 'remove', params: { reason: 'tidy', id: 3 }, options: { signal } }])
  })

  it('refresh fetches with details by default; params override, options stay options', async () => {
    const { calls, operations } = fakeOperations()
    const widget = recordDecorator(core, 'widget', operations)({ id: 3 })
    await expect(widget.refresh()).resolves.toEqual({ id: 3, name: 'fresh' })
    await widget.refresh({ params: { includedetails: false }, timeoutMs: 500 })
    expect(calls.map((c) => [c.params, c.options])).toEqual([
      [{ includedetails: true, id: 3 }, {}],
      [{ includedetails: false, id: 3 }, { timeoutMs: 500 }],
    ])
  })

  it('sends the extra keys a record is addressed by with every helper', async () => {
    const { calls, operations } = fakeOperations()
    const decorate = recordDecorator(core, 'action', {
      ...operations,
      keys: (action: Widget, helper) => ({
        ticket_id: recordIdOf({ id: action.ticket_id }, 'action', helper),
      }),
    })
    const action = decorate({ id: 5, ticket_id: 90 })
    await action.delete()
    await action.update({ name: 'n' })
    expect(calls.map((c) => c.params)).toEqual([
      { ticket_id: 90, id: 5 },
      { body: [{ name: 'n', ticket_id: 90, id: 5 }] },
    ])
  })

  it('reads the id when a helper runs, and rejects (not throws) for a record without one', async () => {
    const { calls, operations } = fakeOperations()
    const draft: Widget = { name: 'draft' }
    const widget = recordDecorator(core, 'widget', operations)(draft)
    const pending = widget.update({ name: 'x' })
    expect(pending).toBeInstanceOf(Promise)
    await expect(pending).rejects.toThrow('widget.update(): this widget record has no id (got undefined)')
    await expect(widget.delete()).rejects.toBeInstanceOf(TypeError)
    await expect(widget.refresh()).rejects.toBeInstanceOf(TypeError)
    expect(calls).toEqual([])
    draft.id = 4
    await widget.refresh()
    expect(calls.map((c) => c.params)).toEqual([{ includedetails: true, id: 4 }])
  })

  it('attaches the kind’s extras with the record’s id and decorator, all non-enumerable', async () => {
    const { operations } = fakeOperations()
    interface Extras {
      label(): string
      copy(): Extras
    }
    const decorate = recordDecorator<Widget, GetParams, DeleteParams, Extras>(
      core,
      'widget',
      operations,
      (entity, { id, decorate: again }) => ({
        label: () => `#${id('label')} ${entity.name ?? ''}`,
        copy: () => again({ ...entity }),
      }),
    )
    const widget = decorate({ id: 1, name: 'a' })
    expect(widget.label()).toBe('#1 a')
    expect(typeof widget.copy().label).toBe('function')
    expect(JSON.stringify(widget)).toBe('{"id":1,"name":"a"}')
    expect(Object.keys(widget)).toEqual(['id', 'name'])
  })
})

describe('recordIdOf', () => {
  it("builds a record's extras only once one of its helpers is read (a list of records pays nothing for unused ones)", async () => {
    const { operations } = fakeOperations()
    const built: unknown[] = []
    const decorate = recordDecorator(core, 'widget', operations, (widget: Widget) => {
      built.push(widget.id)
      return { label: () => `widget ${widget.id}` }
    })
    const widgets = Array.from({ length: 100 }, (_, i) => decorate({ id: i + 1, name: 'w' }))
    // The first record's, to learn the helpers' names.
    expect(built).toEqual([1])
    expect(widgets[41]?.label()).toBe('widget 42')
    await expect(widgets[41]?.refresh()).resolves.toEqual({ id: 42, name: 'fresh' })
    expect(built).toEqual([1, 42])
    expect(Object.keys(widgets[41] as object)).toEqual(['id', 'name'])
  })

  it('answers a positive whole number or a non-empty string id', () => {
    expect(recordIdOf({ id: 12 }, 'client')).toBe(12)
    expect(recordIdOf({ id: '4f0c' }, 'priority')).toBe('4f0c')
  })

  it.each([undefined, null, 0, -1, 1.5, ''])(
    'throws one TypeError naming the kind and helper for id %j',
    (id) => {
      expect(() => recordIdOf({ id }, 'invoice', 'delete')).toThrow(
        new TypeError(
          `invoice.delete(): this invoice record has no id (got ${JSON.stringify(id) ?? 'undefined'}); fetch or create it through the library first.`,
        ),
      )
    },
  )

  it('shows the call as code and the record in words when the kind has several words', () => {
    expect(() => recordIdOf({}, 'asset type', 'update')).toThrow(
      'assetType.update(): this asset type record has no id (got undefined)',
    )
  })
})
