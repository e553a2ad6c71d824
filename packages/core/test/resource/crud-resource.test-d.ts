import { describe, expectTypeOf, it } from 'vitest'
import type { HaloCore } from '../../src/halo-core.js'
import {
  type CrudRecordHelpersOf,
  type CrudRecordOf,
  defineCrudResource,
} from '../../src/resource/crud-resource/index.js'
import {
  type BodyOf,
  type CrudOperations,
  crudMethods,
  type DeleteParamsOf,
  type EntityOf,
  type GetParamsOf,
  type ListParamsOf,
  nameLookupMethods,
  perCoreNameLookup,
} from '../../src/resource/index.js'
import type { HaloRecord, RecordHelpers } from '../../src/resource/record-helpers/index.js'
import {
  type DeleteGadgetParams,
  deleteGadget,
  type Gadget,
  type GetGadgetParams,
  getGadget,
  listGadgets,
  upsertGadgets,
} from './support/gadget-operations.js'

declare const core: HaloCore

const operations = { list: listGadgets, get: getGadget, upsert: upsertGadgets, remove: deleteGadget }
const gadgetResource = defineCrudResource('gadget', operations)
interface GadgetExtras {
  /** A copy of this gadget under a new name, as Halo answers the POST. */
  rename(name: string): Promise<CrudRecordOf<typeof labelledResource>>
}
const labelledResource = gadgetResource.withExtras<GadgetExtras>((core, gadget, { id, decorate }) => ({
  rename: async (name) =>
    decorate({ ...(await getGadget(core, { id: id('rename') as number })), ...gadget, name }),
}))

describe('defineCrudResource types', () => {
  it('reads the entity and every parameter type from the one operations object', () => {
    type Operations = typeof operations
    expectTypeOf<Operations>().toExtend<CrudOperations>()
    expectTypeOf<EntityOf<Operations>>().toEqualTypeOf<Gadget>()
    expectTypeOf<ListParamsOf<Operations>>().toEqualTypeOf<{ readonly client_id?: number }>()
    expectTypeOf<GetParamsOf<Operations>>().toEqualTypeOf<GetGadgetParams>()
    expectTypeOf<BodyOf<Operations>>().toEqualTypeOf<Gadget>()
    expectTypeOf<DeleteParamsOf<Operations>>().toEqualTypeOf<DeleteGadgetParams>()
  })

  it('refuses operations that do not fit a resource', () => {
    const getLabel = async (_core: HaloCore, params: GetGadgetParams) => `gadget ${params.id}`
    // @ts-expect-error a get that answers no record cannot make records
    defineCrudResource('label', { ...operations, get: getLabel })
    const upsertNames = async (_core: HaloCore, params: { readonly body: readonly string[] }) => params.body
    // @ts-expect-error records post themselves back, so the POST must take the entity
    defineCrudResource('gadget', { ...operations, upsert: upsertNames })
  })

  it('its records are the HaloRecord of the entity and the get/delete parameters', () => {
    expectTypeOf<CrudRecordOf<typeof gadgetResource>>().toEqualTypeOf<
      HaloRecord<Gadget, GetGadgetParams, DeleteGadgetParams>
    >()
    expectTypeOf<CrudRecordHelpersOf<typeof gadgetResource>>().toEqualTypeOf<
      RecordHelpers<Gadget, GetGadgetParams, DeleteGadgetParams>
    >()
    expectTypeOf<CrudRecordOf<typeof labelledResource>>().toEqualTypeOf<
      HaloRecord<Gadget, GetGadgetParams, DeleteGadgetParams> & GadgetExtras
    >()
  })

  it('its methods are exactly crudMethods over the same operations and records', () => {
    const decorate = (gadget: Gadget) => gadgetResource.record(core, gadget)
    const byHand = crudMethods(core, operations, decorate)
    expectTypeOf(gadgetResource.methods(core)).toEqualTypeOf(byHand)
    expectTypeOf(gadgetResource.methods(core).get).parameter(0).toEqualTypeOf<number>()
  })

  it('named() adds exactly nameLookupMethods to the methods', () => {
    const decorate = (gadget: Gadget) => gadgetResource.record(core, gadget)
    const names = perCoreNameLookup<number>({ kind: 'gadget', load: async () => [] })
    const byHand = { ...crudMethods(core, operations, decorate), ...nameLookupMethods(core, names) }
    expectTypeOf(gadgetResource.named().methods(core)).toEqualTypeOf(byHand)
  })
})
