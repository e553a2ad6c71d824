import { describe, expectTypeOf, it } from 'vitest'
import type { HaloCore } from '../../src/halo-core.js'
import {
  type NameLookupCache,
  type PerCoreNameLookup,
  perCoreNameLookup,
  type RecordHelpers,
  recordHelpers,
} from '../../src/resource/index.js'

interface Widget {
  id?: number | null
  name?: string | null
}
type GetWidgetParams = { readonly id: number; readonly includedetails?: boolean | undefined }
type DeleteWidgetParams = { readonly id: number; readonly reason?: string | undefined }
type WidgetRecord = Widget & { readonly kind: 'widget' }

declare const core: HaloCore
declare const getWidget: (core: HaloCore, params: GetWidgetParams) => Promise<Widget>
declare const upsertWidgets: (
  core: HaloCore,
  params: { readonly body: readonly Widget[] },
) => Promise<unknown>
declare const deleteWidget: (core: HaloCore, params: DeleteWidgetParams) => Promise<unknown>
declare const widgetRecord: (widget: Widget) => WidgetRecord

describe('recordHelpers types', () => {
  it('infers the record, entity and params from the operations', () => {
    const helpers = recordHelpers(
      core,
      {} as Widget,
      'widget',
      { get: getWidget, upsert: upsertWidgets, remove: deleteWidget },
      widgetRecord,
    )
    expectTypeOf(helpers).toEqualTypeOf<
      RecordHelpers<WidgetRecord, Widget, GetWidgetParams, DeleteWidgetParams>
    >()
    expectTypeOf(helpers.update({ name: 'x' })).toEqualTypeOf<Promise<WidgetRecord>>()
    expectTypeOf(helpers.refresh).parameter(0).toEqualTypeOf<Omit<GetWidgetParams, 'id'> | undefined>()
    // @ts-expect-error the id comes from the record, not the caller
    helpers.delete({ id: 3 })
    // @ts-expect-error not a field of the entity
    helpers.update({ colour: 'red' })
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
