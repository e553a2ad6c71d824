import { describe, expect, it } from 'vitest'
import {
  buildImportTemplate,
  buildSampleCsv,
  buildSampleRows,
  exportLookupCsv,
  parseCsv,
  validateImportRows,
  writeCsv,
} from '../../src/csv-import/index.js'
import { flattenTicketTypeFields, type TicketTypeField } from '../../src/ticket-type-fields/index.js'
import { loadSampleTicketType, sampleCategories } from '../ticket-type-fields/sample.js'

const fields = flattenTicketTypeFields(loadSampleTicketType(), { categories: sampleCategories })
const columns = fields.map((f) => f.csvColumnName)
const cells = (csv: string) => parseCsv(csv).map((r) => r.cells)

// A small hand-made set covering every check, so expectations stay readable.
const small: TicketTypeField[] = [
  field({ id: 2, name: 'symptom', label: 'Summary', mandatory: true }),
  field({
    id: 5,
    name: 'category2',
    label: 'Category',
    type: 'category',
    isCategory: true,
    categoryTypeId: 1,
    csvColumnName: 'Category',
    lookupValues: [
      { id: 11, label: 'Hardware' },
      { id: 13, label: 'Software' },
    ],
  }),
  field({
    id: 166,
    name: 'CFurgency',
    label: 'Urgency',
    type: 'select',
    mandatory: true,
    lookupValues: [
      { id: 1, label: 'High' },
      { id: 2, label: 'Medium' },
      { id: 3, label: 'Low' },
    ],
  }),
  field({
    id: 300,
    name: 'CFtags',
    label: 'Tags',
    type: 'multiselect',
    lookupValues: [
      { id: 1, label: 'Network' },
      { id: 2, label: 'Printer' },
    ],
  }),
  field({ id: 215, name: 'CFDueDate', label: 'Due Date', type: 'date' }),
  field({ id: 216, name: 'CFCount', label: 'Count', type: 'integer' }),
  field({ id: 217, name: 'CFCost', label: 'Cost', type: 'decimal' }),
]

function field(
  overrides: Partial<TicketTypeField> & Pick<TicketTypeField, 'id' | 'name' | 'label'>,
): TicketTypeField {
  return {
    type: 'text',
    mandatory: false,
    isCategory: false,
    categoryTypeId: null,
    csvColumnName: overrides.name,
    lookupValues: [],
    ...overrides,
  }
}

describe('buildImportTemplate', () => {
  it('has a header row of csvColumnNames from the fixture ticket type', () => {
    const { headerCsv } = buildImportTemplate(fields)
    expect(cells(headerCsv)).toEqual([columns])
    expect(columns).toContain('Category')
    expect(columns).toContain('Category2')
    expect(columns).not.toContain('category2')
  })

  it('describes every field in the metadata sheet', () => {
    const rows = cells(buildImportTemplate(fields).metadataCsv)
    expect(rows[0]).toEqual(['Column', 'Label', 'Type', 'Mandatory', 'Allowed values'])
    expect(rows).toHaveLength(fields.length + 1)
    expect(rows.find((r) => r[0] === 'CFurgency')).toEqual([
      'CFurgency',
      'Urgency',
      'select',
      'Yes',
      'High; Medium; Low',
    ])
    expect(rows.find((r) => r[0] === 'Category')).toEqual([
      'Category',
      'Category',
      'category',
      'Yes',
      'Hardware; Hardware>Laptop; Software',
    ])
    expect(rows.find((r) => r[0] === 'CFReference')).toEqual(['CFReference', 'Reference', 'text', 'No', ''])
  })

  it('can add a BOM for Excel', () => {
    expect(buildImportTemplate(small, { bom: true }).headerCsv.startsWith('\uFEFFsymptom,')).toBe(true)
  })
})

describe('buildSampleRows', () => {
  it('fills rows with valid lookup values that pass validation, deterministically', () => {
    const rows = buildSampleRows(fields, 3)
    expect(rows).toHaveLength(3)
    expect(rows.map((r) => r.CFurgency)).toEqual(['High', 'Medium', 'Low'])
    expect(rows.map((r) => r.Category)).toEqual(['Hardware', 'Hardware>Laptop', 'Software'])
    expect(rows[0]?.CFDueDate).toBe('2025-01-06')
    expect(rows[1]?.CFChangeActualStartDateTime).toBe('2025-01-07T09:00:00Z')
    expect(buildSampleRows(fields, 3)).toEqual(rows)

    const result = validateImportRows(fields, buildSampleCsv(fields, 3))
    expect(result.errors).toEqual([])
    expect(result.valid.map((r) => r.line)).toEqual([2, 3, 4])
  })

  it('cycles lookup values past their count and gives numbers', () => {
    const rows = buildSampleRows(small, 4)
    expect(rows.map((r) => r.CFurgency)).toEqual(['High', 'Medium', 'Low', 'High'])
    expect(rows.map((r) => r.CFCount)).toEqual(['1', '2', '3', '4'])
    expect(rows[0]?.CFCost).toBe('1.50')
    expect(validateImportRows(small, buildSampleCsv(small, 4)).errors).toEqual([])
  })

  it('gives no rows for 0 and rejects a bad count', () => {
    expect(buildSampleRows(fields, 0)).toEqual([])
    expect(() => buildSampleRows(fields, -1)).toThrow(/count must be/)
    expect(() => buildSampleRows(fields, 1.5)).toThrow(/count must be/)
  })
})

describe('validateImportRows', () => {
  const header = 'symptom,Category,CFurgency,CFtags,CFDueDate,CFCount,CFCost'

  it('accepts good rows and reports them with their file lines', () => {
    const csv = `${header}\r\nPrinter jam,Hardware,High,Network; printer,2024-06-20,3,12.50\r\n"Two\r\nline summary",13,2,,,,\r\n`
    const result = validateImportRows(small, csv)
    expect(result.errors).toEqual([])
    expect(result.valid).toEqual([
      {
        line: 2,
        values: {
          symptom: 'Printer jam',
          Category: 'Hardware',
          CFurgency: 'High',
          CFtags: 'Network; printer',
          CFDueDate: '2024-06-20',
          CFCount: '3',
          CFCost: '12.50',
        },
      },
      { line: 3, values: { symptom: 'Two\r\nline summary', Category: '13', CFurgency: '2' } },
    ])
  })

  it('reports each problem with the file line, shifted by multi-line cells', () => {
    const csv = [
      header,
      '"multi\nline\nsummary",Hardware,High,,,,', // lines 2-4
      ',Hardware,High,,,,', // line 5: mandatory summary empty
      'x,Furniture,Urgent,Network;Fax,2024-02-30,3.5,abc', // line 6
      'x,Software,Low,,20/06/2024,,,extra', // line 7
    ].join('\n')
    const result = validateImportRows(small, csv)
    expect(result.valid.map((r) => r.line)).toEqual([2])
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [5, 'symptom'],
      [6, 'Category'],
      [6, 'CFurgency'],
      [6, 'CFtags'],
      [6, 'CFDueDate'],
      [6, 'CFCount'],
      [6, 'CFCost'],
      [7, ''],
      [7, 'CFDueDate'],
    ])
    const messages = result.errors.map((e) => e.message)
    expect(messages[0]).toBe('"Summary" is mandatory but empty.')
    expect(messages[1]).toBe('"Furniture" is not an allowed value of "Category". Allowed: Hardware, Software')
    expect(messages[3]).toBe('"Fax" is not an allowed value of "Tags". Allowed: Network, Printer')
    expect(messages[4]).toMatch(/must be an ISO 8601 date/)
    expect(messages[5]).toBe('"Count" must be a whole number, got "3.5"')
    expect(messages[7]).toBe('The row has 8 cells but the header has 7 columns.')
  })

  it('reports unknown, repeated and missing mandatory columns on line 1', () => {
    const result = validateImportRows(small, 'Summary,Colour,symptom\r\nPrinter,red,again\r\n')
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 1,
        column: 'Colour',
        message: expect.stringMatching(/^Unknown column "Colour"/),
      }),
      expect.objectContaining({
        line: 1,
        column: 'symptom',
        message: expect.stringMatching(/more than once/),
      }),
      {
        line: 1,
        column: 'CFurgency',
        message: 'The mandatory column "CFurgency" (Urgency) is missing from the header.',
      },
    ])
    // Rows are still checked against the columns that are known: Summary (by label) is read.
    expect(result.valid).toEqual([{ line: 2, values: { symptom: 'Printer' } }])
  })

  it('accepts columns in any order and case, and skips blank rows', () => {
    const result = validateImportRows(small, 'cfurgency,SYMPTOM\n\nlow,Jam\n , \n')
    expect(result.errors).toEqual([])
    expect(result.valid).toEqual([{ line: 3, values: { CFurgency: 'low', symptom: 'Jam' } }])
  })

  it('handles a BOM, an empty file and a malformed file', () => {
    expect(validateImportRows(small, '\uFEFFsymptom,CFurgency\nx,High').valid).toHaveLength(1)
    expect(validateImportRows(small, '')).toEqual({
      valid: [],
      errors: [{ line: 1, column: '', message: 'The file has no header row.' }],
    })
    expect(validateImportRows(small, 'symptom,CFurgency\nok,High\n"broken,High\n')).toEqual({
      valid: [],
      errors: [{ line: 3, column: '', message: 'A quoted cell is never closed (line 3)' }],
    })
  })

  it('accepts date-times with zones and rejects impossible times', () => {
    const ok = ['2024-06-20T14:45:15.9746271Z', '2024-06-20 09:00', '2024-06-20T09:00:00+01:00']
    const bad = ['2024-13-01', '2024-06-20T25:00:00Z', 'yesterday']
    const csv = writeCsv([
      ['symptom', 'CFurgency', 'CFDueDate'],
      ...[...ok, ...bad].map((d) => ['x', 'High', d]),
    ])
    const result = validateImportRows(small, csv)
    expect(result.valid.map((r) => r.line)).toEqual([2, 3, 4])
    expect(result.errors.map((e) => e.line)).toEqual([5, 6, 7])
  })
})

describe('exportLookupCsv', () => {
  it('lists field, id and label for every lookup and category value', () => {
    const rows = cells(exportLookupCsv(fields))
    expect(rows[0]).toEqual(['Field', 'Id', 'Label'])
    expect(rows).toContainEqual(['CFurgency', '1', 'High'])
    expect(rows).toContainEqual(['Category', '12', 'Hardware>Laptop'])
    expect(rows).toContainEqual(['Category2', '21', 'Resolved'])
    const expected = fields.reduce((n, f) => n + f.lookupValues.length, 0)
    expect(rows).toHaveLength(expected + 1)
  })
  it('writes only the header when no field has values', () => {
    expect(exportLookupCsv([])).toBe('Field,Id,Label\r\n')
  })
})
