import { rowsToCsv, rowsToXlsx } from '@halo/reporting'
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
        const rows: Record<string, unknown>[] = []
        let count = 0
        try {
          let totalKnown = false
          for await (const page of list.pages()) {
            if (!totalKnown && typeof page.recordCount === 'number') {
              bar.setTotal(
                options.limit === undefined ? page.recordCount : Math.min(options.limit, page.recordCount),
              )
              totalKnown = true
            }
            if (format === 'ndjson') {
              await file.write(page.records.map((record) => `${JSON.stringify(record)}\n`).join(''))
            } else {
              for (const record of page.records) rows.push(record)
            }
            count += page.records.length
            bar.increment(page.records.length)
          }
          bar.stop()
          if (format === 'csv') await file.write(rowsToCsv(rows, { bom: false }))
          if (format === 'xlsx') await file.write(rowsToXlsx(rows, { sheetName: entry.name }))
          await file.commit()
        } catch (error) {
          bar.stop()
          await file.abort()
          throw error
        }
        ctx.output.info(
          `Exported ${count} record${count === 1 ? '' : 's'} of ${entry.name} to ${options.out}.`,
        )
        if (ctx.output.format !== 'table')
          ctx.output.result({ resource: entry.name, format, records: count, file: options.out })
      }),
    )
}
