import type { TicketTypeField } from '../ticket-type-fields/ticket-type-field.js'
import { checkCellValue } from './check-cell.js'
import type { ImportRow, ImportRowError } from './import-row.js'
import { CsvParseError, type ParseCsvOptions, parseCsv } from './parse-csv.js'

export interface ImportValidationResult {
  /** Rows without errors, in file order. */
  valid: ImportRow[]
  /** Every problem, in file order. A row with any error is not in `valid`. */
  errors: ImportRowError[]
}

/**
 * Checks an import file against a ticket type's fields before anything is posted.
 *
 * The header (line 1) must name known columns (`csvColumnName`, or the field label, in any case), each
 * once, and every mandatory column. Then each row: mandatory cells filled, lookup and category values
 * among the allowed ones (by label or id; a multi-select cell lists several separated by `;`), whole
 * numbers, decimals and ISO dates well formed, and no more cells than the header has. Blank rows are
 * skipped. Line numbers are those of the file, so a quoted cell spanning lines shifts later rows as a
 * text editor shows them. A malformed file (an unclosed quote) gives one error and no rows.
 */
export function validateImportRows(
  fields: readonly TicketTypeField[],
  csvText: string,
  options: ParseCsvOptions = {},
): ImportValidationResult {
  let records: ReturnType<typeof parseCsv>
  try {
    records = parseCsv(csvText, options)
  } catch (error) {
    if (error instanceof CsvParseError) {
      return { valid: [], errors: [{ line: error.line, column: '', message: error.message }] }
    }
    throw error
  }
  const [header, ...rows] = records
  if (!header || isBlank(header.cells)) {
    return { valid: [], errors: [{ line: 1, column: '', message: 'The file has no header row.' }] }
  }

  const errors: ImportRowError[] = []
  const columns = matchHeader(fields, header.cells, header.line, errors)
  const present = new Set(columns.flatMap((field) => (field ? [field.id] : [])))
  for (const field of fields) {
    if (field.mandatory && !present.has(field.id)) {
      errors.push({
        line: header.line,
        column: field.csvColumnName,
        message: `The mandatory column "${field.csvColumnName}" (${field.label}) is missing from the header.`,
      })
    }
  }

  const valid: ImportRow[] = []
  for (const record of rows) {
    if (isBlank(record.cells)) continue
    const rowErrors: ImportRowError[] = []
    if (record.cells.length > header.cells.length) {
      rowErrors.push({
        line: record.line,
        column: '',
        message: `The row has ${record.cells.length} cells but the header has ${header.cells.length} columns.`,
      })
    }
    const values: Record<string, string> = {}
    columns.forEach((field, index) => {
      if (!field) return
      const value = (record.cells[index] ?? '').trim()
      const column = header.cells[index]?.trim() ?? field.csvColumnName
      if (value === '') {
        if (field.mandatory) {
          rowErrors.push({ line: record.line, column, message: `"${field.label}" is mandatory but empty.` })
        }
        return
      }
      const problem = checkCellValue(field, value)
      if (problem) rowErrors.push({ line: record.line, column, message: problem })
      values[field.csvColumnName] = value
    })
    if (rowErrors.length > 0) errors.push(...rowErrors)
    else valid.push({ line: record.line, values })
  }
  return { valid, errors }
}

// Maps each header cell to its field; unknown and repeated columns are reported and mapped to nothing.
function matchHeader(
  fields: readonly TicketTypeField[],
  cells: readonly string[],
  line: number,
  errors: ImportRowError[],
): (TicketTypeField | undefined)[] {
  const seen = new Set<number>()
  return cells.map((cell) => {
    const name = cell.trim()
    if (name === '') return undefined
    const field = findColumnField(fields, name)
    if (!field) {
      errors.push({
        line,
        column: name,
        message: `Unknown column "${name}". Expected one of: ${fields.map((f) => f.csvColumnName).join(', ')}.`,
      })
      return undefined
    }
    if (seen.has(field.id)) {
      errors.push({
        line,
        column: name,
        message: `The column "${name}" appears more than once; only the first is read.`,
      })
      return undefined
    }
    seen.add(field.id)
    return field
  })
}

function findColumnField(fields: readonly TicketTypeField[], name: string): TicketTypeField | undefined {
  const lower = name.toLowerCase()
  const byColumn = fields.find((field) => field.csvColumnName.toLowerCase() === lower)
  if (byColumn) return byColumn
  // A label is accepted only when it names one field: labels are not unique in Halo.
  const byLabel = fields.filter((field) => field.label.toLowerCase() === lower)
  return byLabel.length === 1 ? byLabel[0] : undefined
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '')
}
