import { describe, expectTypeOf, it } from 'vitest'
import {
  type CategoryTypeId,
  findMissingMandatoryFields,
  flattenTicketTypeFields,
  type LookupValue,
  type TicketTypeField,
} from '../../src/ticket-type-fields/index.js'

describe('ticket type field types', () => {
  it('TicketTypeField has exactly the contract keys', () => {
    expectTypeOf<keyof TicketTypeField>().toEqualTypeOf<
      | 'id'
      | 'name'
      | 'label'
      | 'type'
      | 'mandatory'
      | 'isCategory'
      | 'categoryTypeId'
      | 'csvColumnName'
      | 'lookupValues'
    >()
    expectTypeOf<TicketTypeField['categoryTypeId']>().toEqualTypeOf<1 | 2 | 3 | 4 | null>()
    expectTypeOf<TicketTypeField['lookupValues']>().toEqualTypeOf<LookupValue[]>()
    expectTypeOf<LookupValue>().toEqualTypeOf<{ id: number; label: string }>()
  })

  it('flattenTicketTypeFields takes categories per tier', () => {
    expectTypeOf(
      flattenTicketTypeFields({ fields: [] }, { categories: { 1: [{ id: 1, value: 'A' }] } }),
    ).toEqualTypeOf<TicketTypeField[]>()
    // @ts-expect-error there is no category tier 5
    flattenTicketTypeFields({}, { categories: { 5: [] } })
    expectTypeOf<CategoryTypeId>().toEqualTypeOf<1 | 2 | 3 | 4>()
  })

  it('findMissingMandatoryFields returns fields', () => {
    expectTypeOf(findMissingMandatoryFields([], { summary: 'x' })).toEqualTypeOf<TicketTypeField[]>()
  })
})
