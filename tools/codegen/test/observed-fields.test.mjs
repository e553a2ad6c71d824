import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { emitModels } from '../src/emit/schema-types.mjs'
import { describeModel } from '../src/emit/schema-valibot.mjs'
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
  it('accepts primitives with a format, components by name, open objects and arrays of them', () => {
    const overlay = {
      fields: [
        entry(),
        entry({ field: 'guid', type: { type: 'string', format: 'uuid' } }),
        entry({ field: 'extra_actions', type: { type: 'array', items: { $ref: 'Actions' } } }),
        entry({ field: 'services', type: { type: 'array', items: { type: 'object' } } }),
      ],
    }
    expect(checkObservedFields(overlay, components)).toEqual([])
  })

  it('takes an object type only as an open one: fields that are known belong in a component', () => {
    const problems = checkObservedFields(
      {
        fields: [
          entry({ field: 'services', type: { type: 'object', properties: { id: { type: 'integer' } } } }),
          entry({ field: 'service', type: { type: 'object', format: 'uuid' } }),
        ],
      },
      components,
    )
    expect(problems).toEqual([
      'fields[0] (Faults.services).type: an object type takes no other key (its fields are not known)',
      'fields[1] (Faults.service).type: an object type takes no other key (its fields are not known)',
    ])
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
      'fields[3] (Faults.team_id).type: type "int" is not one of string, integer, number, boolean, array, object',
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
        entry({ field: 'services', type: { type: 'array', items: { type: 'object' } } }),
      ],
    })
    expect(merged.components.schemas.Faults.properties.priority).toEqual({
      $ref: '#/components/schemas/Policy',
      'x-halo-observed': seen,
    })
    expect(merged.components.schemas.Faults.properties.extra_actions.items).toEqual({
      $ref: '#/components/schemas/Actions',
    })
    expect(merged.components.schemas.Faults.properties.services).toEqual({
      type: 'array',
      items: { type: 'object' },
      'x-halo-observed': seen,
    })
    expect(merged.components.schemas.Faults.properties.id).toEqual({ type: 'integer' })
    expect(components.Faults.properties.priority).toBeUndefined()
  })

  it('types an array of open objects as records of unknown values, in the model and the schema', () => {
    const spec = { paths: {}, components: { schemas: components } }
    const merged = applyObservedFields(spec, {
      fields: [entry({ field: 'services', type: { type: 'array', items: { type: 'object' } } })],
    })
    const faults = merged.components.schemas.Faults
    expect(emitModels({ Faults: faults }, (name) => name)).toContain(
      '  services?: Record<string, unknown>[] | null\n',
    )
    expect(describeModel(faults)).toBe('id:n,summary:s,services:[{u')
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
