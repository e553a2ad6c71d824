import { describe, expectTypeOf, it } from 'vitest'
import type { HaloCore } from '../../src/halo-core.js'
import type { HaloList } from '../../src/list/halo-list.js'
import { perCoreNameLookup } from '../../src/resource/name-lookup-cache/index.js'
import {
  crudMethods,
  deleteMethods,
  getMethods,
  listMethods,
  nameLookupMethods,
  writeMethods,
} from '../../src/resource/resource-methods/index.js'
import {
  deleteGadget,
  type Gadget,
  getGadget,
  listGadgets,
  upsertGadgets,
} from './support/gadget-operations.js'

interface GadgetRecord extends Gadget {
  label(): string
}
declare const core: HaloCore
declare const decorate: (gadget: Gadget) => GadgetRecord

describe('crudMethods and nameLookupMethods types', () => {
  it('crudMethods has exactly the methods of the four spreads it replaces', () => {
    const spread = {
      ...listMethods(core, listGadgets, decorate),
      ...getMethods(core, getGadget, decorate),
      ...writeMethods(core, upsertGadgets, decorate),
      ...deleteMethods(core, deleteGadget),
    }
    const crud = crudMethods(
      core,
      { list: listGadgets, get: getGadget, upsert: upsertGadgets, remove: deleteGadget },
      decorate,
    )
    expectTypeOf(crud).toEqualTypeOf(spread)
    expectTypeOf(crud.get).parameter(0).toEqualTypeOf<number>()
    expectTypeOf(crud.get).returns.toEqualTypeOf<Promise<GadgetRecord>>()
    expectTypeOf(crud.list).returns.toEqualTypeOf<HaloList<GadgetRecord>>()
  })

  it('idOf takes a name and an optional signal and answers the lookup’s id type', () => {
    const names = perCoreNameLookup<number>({ kind: 'gadget', load: async () => [] })
    const { idOf } = nameLookupMethods(core, names)
    expectTypeOf(idOf).toEqualTypeOf<
      (name: string, options?: { readonly signal?: AbortSignal | undefined }) => Promise<number>
    >()
  })
})
