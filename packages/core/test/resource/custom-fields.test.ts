import { describe, expect, it } from 'vitest'
import {
  type CustomFieldEntry,
  customFieldsByName,
  setCustomField,
  setCustomFields,
} from '../../src/resource/index.js'
import { fixture } from '../support/fixture.js'

const sampleCustomFields = fixture<CustomFieldEntry[]>('ticket-customfields')
const ticket = () => ({ id: 9499, summary: 'x', customfields: structuredClone(sampleCustomFields) })

describe('customFieldsByName', () => {
  it("reads a ticket's custom fields by name", () => {
    const values = customFieldsByName(ticket())
    expect(values.CFimpact).toBe(3)
    expect(values.CFChangeActualEndDateTime).toBe('2025-03-11T09:30:12.8812046Z')
    expect(Object.keys(values)).toEqual(sampleCustomFields.map((f) => f.name))
  })

  it('reads display values on request', () => {
    expect(customFieldsByName(ticket(), { use: 'display' }).CFimpact).toBe('One Person')
  })

  it('gives an empty map for a record without custom fields and skips nameless entries', () => {
    expect(customFieldsByName({ id: 1 })).toEqual({})
    expect(customFieldsByName({ customfields: null })).toEqual({})
    expect(
      customFieldsByName({
        customfields: [
          { id: 1, value: 2 },
          { name: '', value: 3 },
        ],
      }),
    ).toEqual({})
  })

  it('keeps a field named __proto__ as data', () => {
    const values = customFieldsByName({ customfields: [{ name: '__proto__', value: 'x' }] })
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(values, '__proto__')?.value).toBe('x')
  })
})

describe('setCustomField', () => {
  it('re-posts every other custom field with its current value', () => {
    const body = setCustomField(ticket(), 'CFimpact', 1)
    expect(body.id).toBe(9499)
    expect(body.customfields).toHaveLength(sampleCustomFields.length)
    expect(body.customfields.find((f) => f.name === 'CFimpact')).toEqual({
      id: 165,
      name: 'CFimpact',
      value: 1,
    })
    for (const original of sampleCustomFields.filter((f) => f.name !== 'CFimpact')) {
      expect(body.customfields).toContainEqual({
        id: original.id,
        name: original.name,
        value: original.value ?? null,
      })
    }
  })

  it('matches by id and by name case-insensitively', () => {
    expect(setCustomField(ticket(), 165, 2).customfields.find((f) => f.id === 165)?.value).toBe(2)
    expect(setCustomField(ticket(), 'cfIMPACT', 2).customfields.find((f) => f.id === 165)?.value).toBe(2)
  })

  it('adds a field the record does not have yet', () => {
    const byName = setCustomField(ticket(), 'CFNew', 'x').customfields
    expect(byName.at(-1)).toEqual({ name: 'CFNew', value: 'x' })
    expect(byName).toHaveLength(sampleCustomFields.length + 1)
    expect(setCustomField(ticket(), 999, 'y').customfields.at(-1)).toEqual({ id: 999, value: 'y' })
  })

  it('does not change the record', () => {
    const record = ticket()
    const before = JSON.stringify(record)
    setCustomField(record, 'CFimpact', 1)
    expect(JSON.stringify(record)).toBe(before)
  })

  it('refuses a record fetched without custom fields, because Halo would clear them', () => {
    expect(() => setCustomField({ id: 1 }, 'CFimpact', 1)).toThrow(/includedetails=true/)
  })

  it('works for a new record without id and for several fields at once', () => {
    const body = setCustomFields({ customfields: [] }, { CFa: 1, CFb: 2 })
    expect(body).toEqual({
      customfields: [
        { name: 'CFa', value: 1 },
        { name: 'CFb', value: 2 },
      ],
    })
    expect('id' in body).toBe(false)
  })
})
