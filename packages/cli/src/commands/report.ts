import { rowsToCsv, rowsToXlsx } from '@halo/reporting'
import { usageError } from '../errors/cli-error.js'
import { writeFileAtomic } from '../files/atomic-file-writer.js'
import { parseWholeNumber } from '../input/key-values.js'
import type { CommandModule } from '../program/command-module.js'
import type { CommandContext } from '../runtime/command-context.js'

type RowFormat = 'csv' | 'xlsx'

interface FileOptions {
  readonly format?: string
  readonly out?: string
}

function fileFormat(options: FileOptions, allowed: readonly string[]): string | undefined {
  if (options.out === undefined) {
    if (options.format !== undefined && options.format !== 'json') {
      throw usageError('--format needs --out FILE (without --out, rows are printed in the --output format).')
    }
    return undefined
  }
  const format = (options.format ?? options.out.split('.').pop() ?? '').toLowerCase()
  if (!allowed.includes(format))
    throw usageError(`--format must be one of ${allowed.join(', ')}, got "${options.format ?? format}".`)
  return format
}

/** Rows to `--out` as CSV or Excel (atomically), or to stdout in the `--output` format. */
async function writeRows(
  ctx: CommandContext,
  rows: Record<string, unknown>[],
  format: string | undefined,
  out: string | undefined,
  sheet: string,
) {
  if (out === undefined || format === undefined) {
    ctx.output.result(rows)
    return
  }
  const data = (format as RowFormat) === 'xlsx' ? rowsToXlsx(rows, { sheetName: sheet }) : rowsToCsv(rows)
  await writeFileAtomic(out, data, { interrupt: ctx.interrupt })
  ctx.output.info(`${rows.length} rows → ${out}`)
}

/** `halo report run <id> --format csv|xlsx|pdf --out FILE` and `halo sql "<SELECT …>" --format … --out FILE`. */
export const reportCommand: CommandModule = (program, cli) => {
  const report = program.command('report').description('saved reports')
  report
    .command('run')
    .description('run a saved report; rows to a CSV or Excel file, or its PDF')
    .argument('<id>', 'report id', parseWholeNumber(1))
    .option('--format <format>', 'csv, xlsx or pdf (default: from the --out extension)')
    .option('--out <file>', 'file to write; without it the rows are printed')
    .action(
      cli.action(async (ctx, id: number, options: FileOptions) => {
        const format = fileFormat(options, ['csv', 'xlsx', 'pdf'])
        const halo = await ctx.client()
        if (format === 'pdf' && options.out !== undefined) {
          const saved = await halo.reports.get(id)
          const pdf = await saved.generatePdf(undefined, { signal: ctx.signal })
          await writeFileAtomic(options.out, pdf.bytes, { interrupt: ctx.interrupt })
          ctx.output.info(`Report ${id} PDF (${pdf.bytes.length} bytes) → ${options.out}`)
          return
        }
        const rows = await halo.reports.run(id, undefined, { signal: ctx.signal })
        await writeRows(ctx, rows, format, options.out, `Report ${id}`)
      }),
    )

  program
    .command('sql')
    .description("run one read-only SELECT through Halo's report engine (nothing is saved)")
    .argument('<query>', 'a single SELECT, e.g. "SELECT TOP 10 faultid, symptom FROM faults"')
    .option('--format <format>', 'csv or xlsx (default: from the --out extension)')
    .option('--out <file>', 'file to write; without it the rows are printed')
    .action(
      cli.action(async (ctx, query: string, options: FileOptions) => {
        const format = fileFormat(options, ['csv', 'xlsx'])
        const halo = await ctx.client()
        let rows: Record<string, unknown>[]
        try {
          rows = await halo.reports.runSql(query, { signal: ctx.signal })
        } catch (error) {
          if (error instanceof TypeError || error instanceof RangeError) throw usageError(error.message)
          throw error
        }
        await writeRows(ctx, rows, format, options.out, 'SQL')
      }),
    )
}
