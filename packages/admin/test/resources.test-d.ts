import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type AdminFieldRecord,
  type CustomFieldDefinitionRecord,
  customFields,
  type FieldInfo,
  fields,
  type LookupRecord,
  lookups,
  type OutcomeRecord,
  outcomes,
} from '../src/index.js'

declare const core: HaloCore
declare const definition: CustomFieldDefinitionRecord

describe('admin resource types', () => {
  it('customFields.get(id, { getlookupvalues }) and idOf', () => {
    expectTypeOf(customFields(core).get(165, { getlookupvalues: true })).toEqualTypeOf<
      Promise<CustomFieldDefinitionRecord>
    >()
    expectTypeOf(customFields(core).idOf('CFimpact')).toEqualTypeOf<Promise<number>>()
    expectTypeOf(customFields(core).list({ includevalues: true })).toEqualTypeOf<
      HaloList<CustomFieldDefinitionRecord>
    >()
    expectTypeOf(definition).toMatchTypeOf<FieldInfo>()
    expectTypeOf(definition.getLookupValues()).toEqualTypeOf<Promise<LookupRecord[]>>()
    // @ts-expect-error getlookupvalues is a boolean
    customFields(core).get(165, { getlookupvalues: 'yes' })
  })

  it('lookups.list({ lookupid }) and idOf(name, lookupid)', () => {
    expectTypeOf(lookups(core).list({ lookupid: 123 })).toEqualTypeOf<HaloList<LookupRecord>>()
    expectTypeOf(lookups(core).idOf('High', 124)).toEqualTypeOf<Promise<number>>()
    // @ts-expect-error the lookup type is required: names repeat across types
    lookups(core).idOf('High')
  })

  it('outcomes and fields', () => {
    expectTypeOf(outcomes(core).idOf('Resolved')).toEqualTypeOf<Promise<number>>()
    expectTypeOf(outcomes(core).list()).toEqualTypeOf<HaloList<OutcomeRecord>>()
    expectTypeOf(fields(core).list({ type_id: 1, kind: 'asset' })).toEqualTypeOf<HaloList<AdminFieldRecord>>()
    expectTypeOf(outcomes(core)).not.toHaveProperty('search')
  })
})
