import { describe, expectTypeOf, it } from 'vitest'
import type { HaloCore } from '../../src/halo-core.js'
import type { RequestOptions } from '../../src/options/request-options.js'
import {
  type HaloRecord,
  type NameLookupCache,
  type PerCoreNameLookup,
  perCoreNameLookup,
  type RecordCallOptions,
  recordDecorator,
} from '../../src/resource/index.js'

interface Widget {
  id?: number | null
  name?: string | null
}
type GetWidgetParams = { readonly id: number; readonly includedetails?: boolean | undefined }
type DeleteWidgetParams = { readonly id: number; readonly reason?: string | undefined }
interface WidgetExtras {
  label(): string
}
type WidgetRecord = HaloRecord<Widget, GetWidgetParams, DeleteWidgetParams> & WidgetExtras

declare const core: HaloCore
declare const getWidget: (core: HaloCore, params: GetWidgetParams) => Promise<Widget>
declare const upsertWidgets: (
  core: HaloCore,
  params: { readonly body: readonly Widget[] },
) => Promise<unknown>
declare const deleteWidget: (core: HaloCore, params: DeleteWidgetParams) => Promise<unknown>

describe('record helper types', () => {
  const widgetRecord = recordDecorator<Widget, GetWidgetParams, DeleteWidgetParams, WidgetExtras>(
    core,
    'widget',
    { get: getWidget, upsert: upsertWidgets, remove: deleteWidget },
    () => ({ label: () => 'w' }),
  )
  const widget = widgetRecord({ id: 1 })

  it('answers the record type itself from update and refresh (the record refers to itself)', () => {
    expectTypeOf(widget).toEqualTypeOf<WidgetRecord>()
    expectTypeOf(widget.update({ name: 'x' })).resolves.toEqualTypeOf<WidgetRecord>()
    expectTypeOf(widget.refresh()).resolves.toEqualTypeOf<WidgetRecord>()
    expectTypeOf(widget.refresh()).resolves.toHaveProperty('label')
  })

  it('has one signature: per-call options first, the operation’s own params under `params`', () => {
    expectTypeOf(widget.delete)
      .parameter(0)
      .toEqualTypeOf<RecordCallOptions<DeleteWidgetParams> | undefined>()
    expectTypeOf(widget.refresh).parameter(0).toEqualTypeOf<RecordCallOptions<GetWidgetParams> | undefined>()
    expectTypeOf(widget.update).parameter(1).toEqualTypeOf<RequestOptions | undefined>()
    expectTypeOf(widget.delete).toBeCallableWith({ signal: new AbortController().signal })
    expectTypeOf(widget.delete).toBeCallableWith({ params: { reason: 'tidy' }, timeoutMs: 10 })
    // @ts-expect-error the id comes from the record, not the caller
    widget.delete({ params: { id: 3 } })
    // @ts-expect-error a query parameter goes under `params`, not beside the options
    widget.delete({ reason: 'tidy' })
    // @ts-expect-error not a field of the entity
    widget.update({ colour: 'red' })
  })
})

describe('perCoreNameLookup types', () => {
  it('answers a function from a core (and scope) to a NameLookupCache of the id type', () => {
    const names = perCoreNameLookup<string>({
      kind: 'priority',
      load: async () => [{ name: 'High', id: 'a1' }],
    })
    expectTypeOf(names).toEqualTypeOf<PerCoreNameLookup<string>>()
    expectTypeOf(names(core, '5')).toEqualTypeOf<NameLookupCache<string>>()
    expectTypeOf(names(core).resolve('High')).toEqualTypeOf<Promise<string>>()
    // @ts-expect-error load must answer entries with ids of the declared type
    perCoreNameLookup<number>({ kind: 'status', load: async () => [{ name: 'Open', id: 'x' }] })
  })
})
