// Entity schemas built from model descriptions (`@halo/types/schemas`) run faster than valibot's
// `looseObject` over the same entries; this checks that they answer the same on every entity schema of
// every domain package, for records made of known fields (right and wrong types), unknown fields and
// prototype keys.
import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'

const packages = ['admin', 'assets', 'crm', 'finance', 'integrations', 'kb', 'reporting', 'tickets']
const loaded = await Promise.all(
  packages.map(async (name) => ({
    name,
    schemas: (await import(`../../../packages/${name}/src/generated/schemas.ts`)).schemas,
  })),
)

/** Issues as comparable facts: path, message, expected, received. Order aside. */
function facts(result) {
  if (result.success) return []
  return result.issues
    .map((issue) => JSON.stringify([v.getDotPath(issue), issue.message, issue.expected, issue.received]))
    .sort()
}

/** The output with keys sorted (the generated run follows the record's order, valibot the entries'). */
function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sorted(value[key])]),
  )
}

function expectSameAnswer(fast, input) {
  const reference = v.looseObject(fast.entries)
  const expected = v.safeParse(reference, input)
  const actual = v.safeParse(fast, input)
  expect(actual.success).toBe(expected.success)
  expect(facts(actual)).toEqual(facts(expected))
  expect(sorted(actual.output)).toEqual(sorted(expected.output))
  const early = v.safeParse(fast, input, { abortEarly: true })
  expect(early.success).toBe(expected.success)
  if (!early.success) expect(early.issues).toHaveLength(1)
}

const wire = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 4 }),
  fc.integer(),
  fc.boolean(),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null)), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
)

describe('generated entity schemas answer as valibot looseObject does', () => {
  for (const { name, schemas } of loaded) {
    const entities = Object.entries(schemas).filter(([, schema]) => schema.type === 'loose_object')

    // 300 random records against a package's schemas: about a second alone, many on a busy machine.
    it(`${name}: ${entities.length} entities, random records`, { timeout: 60_000 }, () => {
      expect(entities.length).toBeGreaterThan(10)
      const record = fc.constantFrom(...entities).chain(([, schema]) => {
        const known = Object.keys(schema.entries)
        const keys = fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...known) },
          { weight: 1, arbitrary: fc.string({ maxLength: 5 }) },
          { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString') },
        )
        return fc.tuple(fc.constant(schema), fc.array(fc.tuple(keys, wire), { maxLength: 12 }))
      })
      fc.assert(
        fc.property(record, ([schema, pairs]) => {
          // JSON.parse makes `__proto__` an own key, as a hostile server's body would.
          const input = JSON.parse(JSON.stringify(Object.fromEntries(pairs)))
          expectSameAnswer(schema, input)
        }),
        { numRuns: 300 },
      )
    })
  }

  it('non-objects fail with the same issue, and an own __proto__ key is left out', () => {
    const faults = loaded.find((entry) => entry.name === 'tickets')?.schemas.Faults
    for (const input of [null, undefined, 5, 'x', true]) expectSameAnswer(faults, input)
    const hostile = JSON.parse('{"id":1,"__proto__":{"polluted":1},"summary":"s","extra":[1]}')
    expectSameAnswer(faults, hostile)
    const output = v.parse(faults, hostile)
    expect(Object.hasOwn(output, '__proto__')).toBe(false)
    expect(output).toEqual({ id: 1, summary: 's', extra: [1] })
    expect(
      v.safeParse(faults, { id: 'one', summary: 7 }).issues?.map((issue) => v.getDotPath(issue)),
    ).toEqual(['id', 'summary'])
  })

  it('schemas derived with valibot (pick, required) keep valibot semantics', () => {
    const faults = loaded.find((entry) => entry.name === 'tickets')?.schemas.Faults
    const picked = v.pick(faults, ['id', 'summary'])
    expect(v.safeParse(picked, { id: 1, summary: 's', status_id: 'not checked' }).success).toBe(true)
    expect(v.safeParse(picked, { id: 'x' }).success).toBe(false)
    const required = v.required(v.pick(faults, ['id']))
    const missing = v.safeParse(required, { summary: 's' })
    expect(missing.success).toBe(false)
    expect(missing.issues?.map((issue) => v.getDotPath(issue))).toEqual(['id'])
    expect(v.safeParse(required, { id: 5 }).success).toBe(true)
  })
})
