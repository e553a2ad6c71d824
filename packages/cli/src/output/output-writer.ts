import { rowsToCsv } from '@halo/reporting'
import type { CliOutputStream } from '../runtime/cli-io.js'
import type { OutputFormat } from './output-format.js'
import { renderRecordsTable, renderRecordTable } from './render-table.js'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Where a command's results and messages go. Results go to stdout in the chosen `--output` format;
 * messages (what was done, hints) go to stderr so a pipe gets only data, and `--quiet` silences them.
 */
export class OutputWriter {
  constructor(
    readonly format: OutputFormat,
    readonly stdout: CliOutputStream,
    readonly stderr: CliOutputStream,
    readonly quiet: boolean,
  ) {}

  /** A result: records (an array) or one value, in the output format. */
  result(value: unknown): void {
    this.stdout.write(this.render(value))
  }

  /**
   * Records as they arrive: ndjson writes each at once (memory stays flat for any list); the other
   * formats need them all, so they are gathered first. Answers how many were written.
   */
  async records(source: AsyncIterable<unknown>): Promise<number> {
    let count = 0
    if (this.format === 'ndjson') {
      for await (const record of source) {
        this.stdout.write(`${JSON.stringify(record)}\n`)
        count++
      }
      return count
    }
    const all: unknown[] = []
    for await (const record of source) all.push(record)
    this.result(all)
    return all.length
  }

  /** A message for people, on stderr; nothing under `--quiet`. */
  info(message: string): void {
    if (!this.quiet) this.stderr.write(`${message}\n`)
  }

  /** A warning, on stderr even under `--quiet`. */
  warn(message: string): void {
    this.stderr.write(`${message}\n`)
  }

  render(value: unknown): string {
    switch (this.format) {
      case 'json':
        return `${JSON.stringify(value ?? null, null, 2)}\n`
      case 'ndjson':
        return Array.isArray(value)
          ? value.map((item) => `${JSON.stringify(item)}\n`).join('')
          : `${JSON.stringify(value ?? null)}\n`
      case 'csv': {
        const rows = (Array.isArray(value) ? value : [value]).map((item) =>
          isRecord(item) ? item : { value: item },
        )
        return rows.length === 0 ? '' : rowsToCsv(rows, { newline: '\n' })
      }
      case 'table': {
        if (Array.isArray(value))
          return renderRecordsTable(value.map((item) => (isRecord(item) ? item : { value: item })))
        if (isRecord(value)) return renderRecordTable(value)
        return `${value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value)}\n`
      }
    }
  }
}
