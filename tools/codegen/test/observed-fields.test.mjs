import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applyObservedFields, checkObservedFields } from '../src/overlay/observed-fields.mjs'

const components = {
  Faults: { type: 'object', properties: { id: { type: 'integer' }, summary: { type: 'string' } } },
  Policy: { type: 'object', properties: { id: { type: 'string', format: 'uuid' } } },
  Actions: { type: 'object', properties: { id: { type: 'integer' } } },
}
const seen = 'a ticket create response from a live instance'
const entry = (overrides) => ({
  schema: 'Faults',
  field: 'priority',
  type: { $ref: 'Policy' },
  seen,
  ...overrides,
})

describe('the overlay of observed fields', () => {
  it('accepts primitives with a format, components by name and arrays of either', () => {
    const overlay = {
      fields: [
        entry(),
        entry({ field: 'guid', type: { type: 'string', format: 'uuid' } }),
        entry({ field: 'extra_actions', type: { type: 'array', items: { $ref: 'Actions' } } }),
      ],
    }
    expect(checkObservedFields(overlay, components)).toEqual([])
  })

  it('names every problem: unknown schema or component, a field the spec has, a duplicate, a bad type, no source', () => {
    const problems = checkObservedFields(
      {
        fields: [
          entry({ schema: 'Fault' }),
          entry({ type: { $ref: 'Priority' } }),
          entry({ field: 'summary', type: { type: 'string' } }),
          entry({ field: 'team_id', type: { type: 'int' } }),
          entry({ field: 'team_id', type: { type: 'integer' } }),
          entry({ field: 'guid', type: { type: 'string' }, seen: 'live' }),
          { ...entry({ field: 'who' }), note: 'extra' },
        ],
      },
      components,
    )
    expect(problems).toEqual([
      'fields[0] (Fault.priority): schema "Fault" is not a component schema of the spec',
      'fields[1] (Faults.priority).type: $ref "Priority" is not a component schema of the spec',
      'fields[2] (Faults.summary): the spec already declares Faults.summary; drop it from the overlay',
      'fields[3] (Faults.team_id).type: type "int" is not one of string, integer, number, boolean, array',
      'fields[4] (Faults.team_id): listed twice',
      'fields[5] (Faults.guid): seen must say where the field was observed',
      'fields[6] (Faults.who): unknown key "note"',
    ])
  })

  it('merges the fields into a copy of the components, marked with where they were seen', () => {
    const spec = { paths: {}, components: { schemas: components } }
    const merged = applyObservedFields(spec, {
      fields: [
        entry(),
        entry({ field: 'extra_actions', type: { type: 'array', items: { $ref: 'Actions' } } }),
      ],
    })
    expect(merged.components.schemas.Faults.properties.priority).toEqual({
      $ref: '#/components/schemas/Policy',
      'x-halo-observed': seen,
    })
    expect(merged.components.schemas.Faults.properties.extra_actions.items).toEqual({
      $ref: '#/components/schemas/Actions',
    })
    expect(merged.components.schemas.Faults.properties.id).toEqual({ type: 'integer' })
    expect(components.Faults.properties.priority).toBeUndefined()
  })

  it('refuses to merge an overlay with problems', () => {
    const spec = { paths: {}, components: { schemas: components } }
    expect(() => applyObservedFields(spec, { fields: [entry({ schema: 'Nope' })] })).toThrow(
      /observed-fields.json has problems:\n {2}fields\[0\] \(Nope.priority\)/,
    )
  })

  it('the committed overlay says where each field was seen, in the vocabulary it checks', () => {
    const overlay = JSON.parse(
      readFileSync(new URL('../overlay/observed-fields.json', import.meta.url), 'utf8'),
    )
    expect(overlay.fields.length).toBeGreaterThan(0)
    for (const field of overlay.fields) {
      expect(Object.keys(field).sort()).toEqual(['field', 'schema', 'seen', 'type'])
      expect(field.seen).toMatch(/live/)
    }
  })
})
