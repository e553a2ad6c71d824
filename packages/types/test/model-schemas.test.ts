// The schemas built from model descriptions answer as the valibot schemas the descriptions stand for,
// written out by hand; entities are built on first use; references resolve by name, cycles included.
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { modelSchemas } from '../src/schemas.js'

const descriptions = {
  Ticket: 'id:n,summary:s,closed:b,extra:u,priority:@Priority,user:@User,tags:[?s,fields:{n,links:[[@Ticket',
  User: 'id:n,name:s,tickets:[@Ticket',
  Priority: '=n',
  Empty: '',
}

/** The same models as valibot code, the way the generator used to write them. */
const opt = <T extends v.GenericSchema>(schema: T) => v.exactOptional(v.nullable(schema))
const PriorityReference = v.number()
const TicketReference: v.GenericSchema = v.looseObject({
  id: opt(v.number()),
  summary: opt(v.string()),
  closed: opt(v.boolean()),
  extra: v.exactOptional(v.unknown()),
  priority: opt(v.lazy(() => PriorityReference)),
  user: opt(v.lazy(() => UserReference)),
  tags: opt(v.array(v.nullable(v.string()))),
  fields: opt(v.record(v.string(), v.number())),
  links: opt(v.array(v.array(v.lazy(() => TicketReference)))),
})
const UserReference: v.GenericSchema = v.looseObject({
  id: opt(v.number()),
  name: opt(v.string()),
  tickets: opt(v.array(v.lazy(() => TicketReference))),
})

function facts(result: v.SafeParseResult<v.GenericSchema>) {
  if (result.success) return []
  return result.issues
    .map((issue) => JSON.stringify([v.getDotPath(issue), issue.message, issue.expected, issue.received]))
    .sort()
}

const tickets: unknown[] = [
  { id: 1, summary: 's', closed: false, extra: { any: 1 }, priority: 3, unknown: 'kept' },
  { id: null, summary: null, tags: ['a', null], fields: { x: 1 }, links: [[{ id: 2 }]] },
  { user: { id: 5, name: 'Ada', tickets: [{ id: 6, summary: 'nested' }] } },
  { id: 'one', summary: 2, closed: 'no', priority: 'High', tags: [1], fields: { x: 'y' } },
  { user: { name: 7, tickets: [{ id: 'x' }, 4] }, links: [[{ summary: false }], 'no'] },
  { extra: undefined, id: undefined },
  null,
  'ticket',
  [],
]

describe('modelSchemas', () => {
  const schemas = modelSchemas(descriptions)

  it.each(tickets.map((ticket) => [JSON.stringify(ticket) ?? 'undefined', ticket]))(
    'answers %s as the hand-written schema does',
    (_label, ticket) => {
      const expected = v.safeParse(TicketReference, ticket)
      const actual = v.safeParse(schemas.Ticket, ticket)
      expect(actual.success).toBe(expected.success)
      expect(facts(actual)).toEqual(facts(expected))
      if (expected.success) expect(actual.output).toEqual(expected.output)
    },
  )

  it('answers enums as numbers and an entity without properties as any object', () => {
    expect(v.safeParse(schemas.Priority, 2).success).toBe(true)
    expect(v.safeParse(schemas.Priority, '2').success).toBe(false)
    expect(v.parse(schemas.Empty, { anything: 1 })).toEqual({ anything: 1 })
    expect(v.safeParse(schemas.Empty, 5).success).toBe(false)
  })

  it('builds an entity the first time it is used, and once', () => {
    const fresh = modelSchemas(descriptions)
    const pending = Object.getOwnPropertyDescriptor(fresh.User, 'entries')
    expect(pending?.get).toBeTypeOf('function')
    expect(v.safeParse(fresh.User, { id: 1 }).success).toBe(true)
    const built = Object.getOwnPropertyDescriptor(fresh.User, 'entries')
    expect(built?.get).toBeUndefined()
    expect(Object.keys(built?.value)).toEqual(['id', 'name', 'tickets'])
    expect((fresh.User as unknown as { entries: unknown }).entries).toBe(built?.value)
    // Referring to Ticket does not build Ticket's properties until a ticket is checked.
    expect(Object.getOwnPropertyDescriptor(fresh.Ticket, 'entries')?.get).toBeTypeOf('function')
  })

  it('keeps valibot semantics for schemas derived with pick and required', () => {
    const user = schemas.User as unknown as v.LooseObjectSchema<v.ObjectEntries, undefined>
    const required = v.required(v.pick(user, ['id']))
    expect(v.safeParse(required, { name: 'Ada' }).issues?.map((issue) => v.getDotPath(issue))).toEqual(['id'])
    expect(v.safeParse(required, { id: 1 }).success).toBe(true)
  })

  it('says which description it cannot read', () => {
    const broken = modelSchemas({ Bad: 'id:x', Lost: 'user:@Nobody' })
    expect(() => v.safeParse(broken.Bad, { id: 1 })).toThrow(
      'the description of Bad has a type @halo/types cannot read: "x"',
    )
    expect(() => v.safeParse(broken.Lost, {})).toThrow(
      'no model description for Nobody, which another refers to',
    )
  })
})
