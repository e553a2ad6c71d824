import { describe, expectTypeOf, it } from 'vitest'
import type {
  Client,
  Faults,
  Opportunity,
  Policy,
  Priority,
  Status,
  Ticket,
  TStatus,
  User,
} from '../src/index.js'

describe('@halo/types', () => {
  it("declares entities under their friendly names, with Halo's names as aliases", () => {
    expectTypeOf<Faults>().toEqualTypeOf<Ticket>()
    expectTypeOf<Policy>().toEqualTypeOf<Priority>()
    expectTypeOf<TStatus>().toEqualTypeOf<Status>()
    expectTypeOf<Opportunity>().toEqualTypeOf<Ticket>()
  })

  it('references between entities use the friendly names', () => {
    expectTypeOf<NonNullable<Ticket['priority']>>().toEqualTypeOf<Priority>()
    expectTypeOf<
      NonNullable<NonNullable<NonNullable<Ticket['user']>['site']>['client']>
    >().toEqualTypeOf<Client>()
    expectTypeOf<NonNullable<Ticket['user']>>().toEqualTypeOf<User>()
  })

  it('every property is optional and nullable, as Halo omits and nulls fields freely', () => {
    expectTypeOf<Ticket['summary']>().toEqualTypeOf<string | null | undefined>()
    const empty: Ticket = {}
    expectTypeOf(empty).toEqualTypeOf<Ticket>()
    // @ts-expect-error summary is text
    const wrong: Ticket = { summary: 42 }
    expectTypeOf(wrong).toEqualTypeOf<Ticket>()
  })
})
