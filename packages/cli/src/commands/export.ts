import { type ExportRow, streamRowsToCsv, streamRowsToXlsx } from '@halo/reporting'
import { usageError } from '../errors/cli-error.js'
import { collectKeyValue, parseWholeNumber } from '../input/key-values.js'
import { listOf } from '../metadata/list-records.js'
import { resourceCatalog } from '../metadata/resource-catalog.js'
import type { CommandModule } from '../program/command-module.js'

const FORMATS = ['csv', 'xlsx', 'ndjson'] as const
type ExportFormat = (typeof FORMATS)[number]

interface ExportOptions {
  readonly format: string
  readonly out: string
  readonly filter?: Record<string, string>
  readonly limit?: number
}

/** One JSON line per record, a page at a time. */
async function* ndjsonLines(pages: AsyncIterable<readonly ExportRow[]>): AsyncGenerator<string> {
  for await (const records of pages) yield records.map((record) => `${JSON.stringify(record)}\n`).join('')
}

/**
 * `halo export <resource> --format csv|xlsx|ndjson --out FILE`: every record, page after page, with a
 * progress bar (total from `record_count`) on a terminal. The file is written under a temporary name
 * and renamed when complete; Ctrl-C deletes the temporary file and exits 130.
 */
export const exportCommand: CommandModule = (program, cli) => {
  program
    .command('export')
    .description('write every record of a resource to a CSV, Excel or NDJSON file')
    .argument('<resource>', 'a resource name, e.g. tickets, assets, clients')
    .requiredOption('--format <format>', `one of ${FORMATS.join(', ')}`)
    .requiredOption('--out <file>', 'the file to write (replaced only when the export is complete)')
    .option('--filter <key=value>', 'filter by a query parameter (wire name); repeatable', collectKeyValue)
    .option('--limit <n>', 'stop after this many records', parseWholeNumber(0))
    .action(
      cli.action(async (ctx, resourceName: string, options: ExportOptions) => {
        const format = FORMATS.find((f) => f === options.format.toLowerCase()) as ExportFormat | undefined
        if (!format)
          throw usageError(`--format must be one of ${FORMATS.join(', ')}, got "${options.format}".`)
        const entry = resourceCatalog().find((e) => e.name.toLowerCase() === resourceName.toLowerCase())
        if (!entry)
          throw usageError(`Unknown resource "${resourceName}". See "halo --help" for the resource names.`)
        const halo = await ctx.client()
        const params: Record<string, unknown> = { ...options.filter }
        if (options.limit !== undefined) params.limit = options.limit
        const list = listOf(halo, entry, params, ctx.signal)

        const file = ctx.atomicFile(options.out)
        const bar = ctx.progress({ unit: 'records' })
        let count = 0
        // Page by page into the file: memory holds one page whatever the export's size.
        async function* pages(): AsyncGenerator<readonly ExportRow[]> {
          let totalKnown = false
          for await (const page of list.pages()) {
            if (!totalKnown && typeof page.recordCount === 'number') {
              bar.setTotal(
                options.limit === undefined ? page.recordCount : Math.min(options.limit, page.recordCount),
              )
              totalKnown = true
            }
            count += page.records.length
            bar.increment(page.records.length)
            yield page.records
          }
        }
        const unwritten: string[] = []
        const streamOptions = { onUnwrittenKey: (key: string) => unwritten.push(key) }
        const chunks =
          format === 'csv'
            ? streamRowsToCsv(pages(), { ...streamOptions, bom: false })
            : format === 'xlsx'
              ? streamRowsToXlsx(pages(), { ...streamOptions, sheetName: entry.name })
              : ndjsonLines(pages())
        try {
          for await (const chunk of chunks) await file.write(chunk)
          bar.stop()
          await file.commit()
        } catch (error) {
          bar.stop()
          await file.abort()
          throw error
        }
        if (unwritten.length > 0) {
          ctx.output.warn(
            `Fields first seen after the first page are not in the file (its columns come from the first page): ${unwritten.join(', ')}.`,
          )
        }
        ctx.output.info(
          `Exported ${count} record${count === 1 ? '' : 's'} of ${entry.name} to ${options.out}.`,
        )
        if (ctx.output.format !== 'table')
          ctx.output.result({ resource: entry.name, format, records: count, file: options.out })
      }),
    )
}
