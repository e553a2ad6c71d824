import { describe, expect, it } from 'vitest'
import { buildSampleCsv, importRowToDraft, validateImportRows } from '../../src/csv-import/index.js'
import { findMissingMandatoryFields, flattenTicketTypeFields } from '../../src/ticket-type-fields/index.js'
import { loadSampleTicketType, sampleCategories } from '../ticket-type-fields/sample.js'

const fields = flattenTicketTypeFields(loadSampleTicketType(), { categories: sampleCategories })

describe('importRowToDraft', () => {
  it('maps a validated row to wire keys, lookup ids and category text, in field order', () => {
    const csv =
      'symptom,symptom2,Category,Category2,CFurgency,CFimpact,CFDueDate,sectio_,assignedtoint\n' +
      'Printer jam,Tray 2,12,resolved,medium,3,2024-06-20,Service Desk,Ann\n'
    const [row] = validateImportRows(fields, csv).valid
    if (!row) throw new Error('row should be valid')
    const { draft, unresolved } = importRowToDraft(fields, row.values)
    expect(draft).toEqual({
      summary: 'Printer jam',
      details: 'Tray 2',
      category_1: 'Hardware>Laptop',
      category_2: 'Resolved',
      team: 'Service Desk',
      customfields: [
        { id: 165, name: 'CFimpact', value: 3 },
        { id: 166, name: 'CFurgency', value: 2 },
        { id: 215, name: 'CFDueDate', value: '2024-06-20' },
      ],
    })
    expect(unresolved.map((u) => [u.field.name, u.value])).toEqual([['assignedtoint', 'Ann']])
  })

  it('puts a numeric agent id on agent_id and leaves out empty cells', () => {
    const { draft, unresolved } = importRowToDraft(fields, {
      assignedtoint: '7',
      symptom: ' ',
      CFReference: '',
    })
    expect(draft).toEqual({ agent_id: 7 })
    expect(unresolved).toEqual([])
  })

  it('turns every sample row into a draft with no missing mandatory fields except resolvable names', () => {
    const { valid } = validateImportRows(fields, buildSampleCsv(fields, 2))
    for (const row of valid) {
      const { draft, unresolved } = importRowToDraft(fields, row.values)
      const missing = findMissingMandatoryFields(fields, draft).map((f) => f.name)
      expect(missing).toEqual(unresolved.map((u) => u.field.name))
    }
    expect(valid).toHaveLength(2)
  })

  it('writes multi-select values as lookup ids and numbers as numbers', () => {
    const tags = {
      id: 300,
      name: 'CFtags',
      label: 'Tags',
      type: 'multiselect' as const,
      mandatory: false,
      isCategory: false,
      categoryTypeId: null,
      csvColumnName: 'CFtags',
      lookupValues: [
        { id: 1, label: 'Network' },
        { id: 2, label: 'Printer' },
      ],
    }
    const cost = {
      ...tags,
      id: 301,
      name: 'CFcost',
      label: 'Cost',
      type: 'decimal' as const,
      csvColumnName: 'CFcost',
      lookupValues: [],
    }
    expect(importRowToDraft([tags, cost], { CFtags: 'printer; Network', CFcost: '12.50' }).draft).toEqual({
      customfields: [
        { id: 300, name: 'CFtags', value: [2, 1] },
        { id: 301, name: 'CFcost', value: 12.5 },
      ],
    })
  })
})
