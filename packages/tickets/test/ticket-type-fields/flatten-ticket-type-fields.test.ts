import { describe, expect, it } from 'vitest'
import {
  flattenTicketTypeFields,
  type HaloRequestTypeField,
  type HaloTicketTypeWithFields,
  type TicketTypeField,
} from '../../src/ticket-type-fields/index.js'
import { loadSampleTicketType, sampleCategories } from './sample.js'

const fields = () => flattenTicketTypeFields(loadSampleTicketType(), { categories: sampleCategories })
const byName = (list: TicketTypeField[], name: string) => {
  const field = list.find((f) => f.name === name)
  if (!field) throw new Error(`no field ${name}`)
  return field
}

describe('flattenTicketTypeFields on a ticket type as Halo answers it (fixture 36)', () => {
  it('lists every real field once, depth-first in seq order, without group containers', () => {
    expect(fields().map((f) => f.name)).toEqual([
      'symptom',
      'symptom2',
      'assignedtoint',
      'CFService',
      'tags',
      'category2',
      'CFimpact',
      'CFurgency',
      'CFDueDate',
      'sectio_',
      'CFEmailToAddress',
      'assets',
      'Followers',
      'category3',
      'CFReference',
      'CFDirectorate',
      'CFContentRequest',
      'CFReason',
      'CFchangeType',
      'CFchangePlan',
      'CFChangeRiskandImpactAnalysis',
      'CFChangeReviewNotes',
      'CFChangeActualStartDateTime',
      'CFChangeActualEndDateTime',
      'CFchangeSuccess',
    ])
    expect(fields().some((f) => f.id === 0)).toBe(false)
  })

  it('recognises category2 as Category 1 and category3 as Category 2 (Halo is off by one)', () => {
    const list = fields()
    expect(byName(list, 'category2')).toEqual({
      id: 5,
      name: 'category2',
      label: 'Category',
      type: 'category',
      mandatory: true,
      isCategory: true,
      categoryTypeId: 1,
      csvColumnName: 'Category',
      lookupValues: [
        { id: 11, label: 'Hardware' },
        { id: 12, label: 'Hardware>Laptop' },
        { id: 13, label: 'Software' },
      ],
    })
    const closure = byName(list, 'category3')
    expect(closure).toMatchObject({
      id: 6,
      label: 'Closure Code',
      categoryTypeId: 2,
      csvColumnName: 'Category2',
      mandatory: false,
    })
    expect(closure.lookupValues.map((v) => v.id)).toEqual([21, 22])
    expect(list.filter((f) => f.isCategory)).toHaveLength(2)
  })

  it('gives every non-category field no category id and its name as CSV column', () => {
    for (const field of fields().filter((f) => !f.isCategory)) {
      expect(field.categoryTypeId).toBeNull()
      expect(field.csvColumnName).toBe(field.name)
    }
  })

  it('reads lookup values of selection fields from fieldinfo.values', () => {
    const list = fields()
    expect(byName(list, 'CFurgency').lookupValues).toEqual([
      { id: 1, label: 'High' },
      { id: 2, label: 'Medium' },
      { id: 3, label: 'Low' },
    ])
    expect(byName(list, 'CFService').lookupValues).toHaveLength(6)
    expect(byName(list, 'CFchangeType').lookupValues).toHaveLength(4)
    expect(byName(list, 'CFReference').lookupValues).toEqual([])
  })

  it('maps type codes to kinds', () => {
    const list = fields()
    expect(
      Object.fromEntries(
        [
          'symptom',
          'symptom2',
          'assignedtoint',
          'CFService',
          'tags',
          'CFDueDate',
          'CFchangePlan',
          'CFChangeActualStartDateTime',
        ].map((n) => [n, byName(list, n).type]),
      ),
    ).toEqual({
      symptom: 'text',
      symptom2: 'multiline',
      assignedtoint: 'system',
      CFService: 'select',
      tags: 'multiselect',
      CFDueDate: 'date',
      CFchangePlan: 'richtext',
      CFChangeActualStartDateTime: 'datetime',
    })
  })

  it('marks fields with technew 2 mandatory, and a repeated field mandatory if either occurrence is', () => {
    const mandatory = fields()
      .filter((f) => f.mandatory)
      .map((f) => f.name)
    expect(mandatory).toEqual([
      'symptom',
      'symptom2',
      'assignedtoint',
      'CFService',
      'category2',
      'CFimpact',
      'CFurgency',
      'CFDueDate',
      'sectio_',
    ])
  })

  it('trims labels and names fields called "N/A" after their ticket column or label', () => {
    const list = fields()
    expect(byName(list, 'CFChangeActualEndDateTime').label).toBe('Actual End Date/Time')
    expect(list.find((f) => f.id === 4)?.name).toBe('assets')
    expect(list.find((f) => f.id === -52)?.name).toBe('Followers')
  })

  it('leaves category values empty without categories, and filters tiers and ticket-type restrictions', () => {
    expect(byName(flattenTicketTypeFields(loadSampleTicketType()), 'category2').lookupValues).toEqual([])
    const restricted: HaloTicketTypeWithFields = {
      ...loadSampleTicketType(),
      allowall_category1: false,
      allowed_category1: [{ category_id: 13 }],
    }
    const mixed = { 1: [...sampleCategories[1], { id: 99, value: 'Wrong tier', type_id: 2 }] }
    expect(
      byName(flattenTicketTypeFields(restricted, { categories: mixed }), 'category2').lookupValues,
    ).toEqual([{ id: 13, label: 'Software' }])
  })
})

describe('flattenTicketTypeFields on hand-built shapes', () => {
  const leaf = (
    fieldid: number,
    name: string,
    extra: Partial<HaloRequestTypeField> = {},
  ): HaloRequestTypeField => ({
    fieldid,
    technew: 1,
    fieldinfo: { id: fieldid, name, label: name, type: 0 },
    ...extra,
  })

  it('flattens groups nested inside groups', () => {
    const ticketType: HaloTicketTypeWithFields = {
      fields: [
        {
          fieldid: 0,
          seq: 1,
          group: {
            fields: [
              leaf(100, 'CFa', { seq: 1 }),
              { fieldid: 0, seq: 2, group: { fields: [leaf(101, 'CFb'), leaf(102, 'CFc')] } },
              leaf(103, 'CFd', { seq: 3 }),
            ],
          },
        },
        leaf(104, 'CFe', { seq: 2 }),
      ],
    }
    expect(flattenTicketTypeFields(ticketType).map((f) => f.name)).toEqual([
      'CFa',
      'CFb',
      'CFc',
      'CFd',
      'CFe',
    ])
  })

  it('sorts by seq and keeps the given order for equal seq', () => {
    const ticketType = {
      fields: [leaf(1, 'CFz', { seq: 2 }), leaf(2, 'CFy', { seq: 1 }), leaf(3, 'CFx', { seq: 1 })],
    }
    expect(flattenTicketTypeFields(ticketType).map((f) => f.name)).toEqual(['CFy', 'CFx', 'CFz'])
  })

  it('handles category tiers 3 and 4 (category4, category5) and the override label', () => {
    const list = flattenTicketTypeFields({
      fields: [
        leaf(7, 'category4', { override_fieldname: 'Sub-sub category' }),
        { fieldid: 8, fieldinfo: { id: 8, name: 'N/A', faults_field_name: 'category5', label: 'Cat 4' } },
      ],
    })
    expect(list.map((f) => [f.categoryTypeId, f.csvColumnName, f.label])).toEqual([
      [3, 'Category3', 'Sub-sub category'],
      [4, 'Category4', 'Cat 4'],
    ])
  })

  it('treats fieldinfo.mandatory true as mandatory and skips inactive lookup values', () => {
    const [field] = flattenTicketTypeFields({
      fields: [
        {
          fieldid: 9,
          technew: 0,
          fieldinfo: {
            id: 9,
            name: 'CFsel',
            type: 2,
            mandatory: true,
            values: [{ id: 1, name: 'On' }, { id: 2, name: 'Old', inactive: true }, { name: 'no id' }],
          },
        },
      ],
    })
    expect(field?.mandatory).toBe(true)
    expect(field?.lookupValues).toEqual([{ id: 1, label: 'On' }])
  })

  it('keeps CSV columns unique and copes with empty or missing field lists', () => {
    const list = flattenTicketTypeFields({
      fields: [
        { fieldid: 50, fieldinfo: { id: 50, name: 'N/A', label: 'Same' } },
        { fieldid: 51, fieldinfo: { id: 51, name: 'N/A', label: 'same' } },
        { fieldid: 52 },
      ],
    })
    expect(list.map((f) => f.csvColumnName)).toEqual(['Same', 'same (51)'])
    expect(flattenTicketTypeFields({})).toEqual([])
    expect(flattenTicketTypeFields({ fields: null })).toEqual([])
  })

  it('treats unknown type codes as unknown and integer/decimal text input types', () => {
    const list = flattenTicketTypeFields({
      fields: [
        { fieldid: 1, fieldinfo: { id: 1, name: 'CFi', type: 0, inputtype: 1 } },
        { fieldid: 2, fieldinfo: { id: 2, name: 'CFm', type: 0, inputtype: 2 } },
        { fieldid: 3, fieldinfo: { id: 3, name: 'CFu', type: 42 } },
      ],
    })
    expect(list.map((f) => f.type)).toEqual(['integer', 'decimal', 'unknown'])
  })
})
