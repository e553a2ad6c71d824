/** Cell values of one import row, keyed by `TicketTypeField.csvColumnName`. */
export type ImportValues = Record<string, string>

/** A row of an import file that passed validation. */
export interface ImportRow {
  /** 1-based line of the CSV file the row starts on (the header is line 1). */
  line: number
  /** Trimmed cell values by column; columns left empty are absent. */
  values: ImportValues
}

/** One problem found in an import file. */
export interface ImportRowError {
  /** 1-based line of the CSV file (the header is line 1; a multi-line cell counts all its lines). */
  line: number
  /** The column concerned as written in the file, or `''` for a whole-row or whole-file problem. */
  column: string
  message: string
}

/** Separates the values of a multi-select cell: `Network; Printer`. */
export const MULTI_VALUE_SEPARATOR = ';'
