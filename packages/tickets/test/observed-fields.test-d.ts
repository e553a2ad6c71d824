// The fields live Halo sends beyond the spec (tools/codegen/overlay/observed-fields.json) are part of the
// generated models, nested types included.
import { describe, expectTypeOf, it } from 'vitest'
import type { Action, Ticket } from '../src/index.js'

declare const ticket: Ticket
declare const action: Action

describe('observed fields in the generated models (tickets)', () => {
  it('a ticket carries its priority, user, ticket type, team id, guid, last update and extra actions', () => {
    expectTypeOf(ticket.priority?.name).toEqualTypeOf<string | null | undefined>()
    // Halo's priorities are SLA-scoped, their id a UUID string
    expectTypeOf(ticket.priority?.id).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(ticket.user?.site?.client?.name).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(ticket.tickettype?.name).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(ticket.team_id).toEqualTypeOf<number | null | undefined>()
    expectTypeOf(ticket.guid).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(ticket.flastupdate).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(ticket.extra_actions?.[0]?.who).toEqualTypeOf<string | null | undefined>()
    // @ts-expect-error a field nobody has seen is still not there
    ticket.priority_object
  })

  it('a ticket carries its services as open objects: known to be objects, their fields unknown', () => {
    expectTypeOf(ticket.services).toEqualTypeOf<Record<string, unknown>[] | null | undefined>()
    const service = ticket.services?.[0]
    expectTypeOf(service).not.toBeAny()
    expectTypeOf(service).toEqualTypeOf<Record<string, unknown> | undefined>()
    expectTypeOf(service?.name).toBeUnknown()
    // @ts-expect-error a service's fields are unknown, so using one as a string needs a check first
    service?.name.toUpperCase()
  })

  it('an action says who did it', () => {
    expectTypeOf(action.who).toEqualTypeOf<string | null | undefined>()
  })
})
