/** One CSV record and the 1-based line of the file it starts on. */
export interface CsvRecord {
  line: number
  cells: string[]
}

export interface ParseCsvOptions {
  /** Default `,`. */
  delimiter?: string | undefined
}

/** The CSV text is malformed at `line` (1-based). */
export class CsvParseError extends Error {
  override readonly name = 'CsvParseError'
  readonly line: number

  constructor(message: string, line: number) {
    super(`${message} (line ${line})`)
    this.line = line
  }
}

/**
 * Parses RFC 4180 CSV. Accepts CRLF, LF and lone CR line breaks, a leading UTF-8 BOM (as Excel writes),
 * and quoted cells holding delimiters, doubled quotes and line breaks. Each record says on which line of
 * the file it starts, so errors can point at the line a user sees in an editor even after a multi-line
 * cell. A final line break does not make an empty last record; a blank line in the middle gives a record
 * with one empty cell.
 *
 * A quote inside an unquoted cell is kept as text (spreadsheets write such files); text after a closing
 * quote, or a quote never closed, is an error.
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): CsvRecord[] {
  const delimiter = options.delimiter ?? ','
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw new RangeError(
      `parseCsv: the delimiter must be one character other than a quote or line break, got ${JSON.stringify(delimiter)}`,
    )
  }
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  const records: CsvRecord[] = []
  let line = 1
  let i = 0
  const length = input.length

  // Consumes one line break at i (CRLF counts as one) and returns whether there was one.
  const lineBreak = (): boolean => {
    const ch = input[i]
    if (ch === '\r') {
      i += input[i + 1] === '\n' ? 2 : 1
    } else if (ch === '\n') {
      i += 1
    } else {
      return false
    }
    line++
    return true
  }

  while (i < length) {
    const record: CsvRecord = { line, cells: [] }
    records.push(record)
    for (;;) {
      let cell = ''
      if (input[i] === '"') {
        const openedOn = line
        i++
        for (;;) {
          if (i >= length) throw new CsvParseError('A quoted cell is never closed', openedOn)
          const ch = input[i]
          if (ch === '"') {
            if (input[i + 1] === '"') {
              cell += '"'
              i += 2
              continue
            }
            i++
            break
          }
          if (ch === '\r' || ch === '\n') {
            const start = i
            lineBreak()
            cell += input.slice(start, i)
            continue
          }
          cell += ch
          i++
        }
        const next = input[i]
        if (i < length && next !== delimiter && next !== '\r' && next !== '\n') {
          throw new CsvParseError(`Unexpected ${JSON.stringify(next)} after a closing quote`, line)
        }
      } else {
        const start = i
        while (i < length && input[i] !== delimiter && input[i] !== '\r' && input[i] !== '\n') i++
        cell = input.slice(start, i)
      }
      record.cells.push(cell)
      if (i < length && input[i] === delimiter) {
        i++
        continue
      }
      lineBreak()
      break
    }
  }
  return records
}
