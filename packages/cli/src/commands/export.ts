import { type ExportRow, streamRowsToCsv, streamRowsToXlsx } from '@halo/reporting'
import { usageError } from '../errors/cli-error.js'
import { createRecordSpool } from '../files/record-spool.js'
import { collectKeyValue, parseWholeNumber } from '../input/key-values.js'
import { listOf } from '../metadata/list-records.js'
import { resourceCatalog } from '../metadata/resource-catalog.js'
import type { CommandModule } from '../program/command-module.js'
import type { ProgressBar } from '../progress/progress-bar.js'
import type { CommandContext } from '../runtime/command-context.js'

const FORMATS = ['csv', 'xlsx', 'ndjson'] as const
type ExportFormat = (typeof FORMATS)[number]

interface ExportOptions {
  readonly format: string
  readonly out: string
  readonly filter?: Record<string, string>
  readonly limit?: number
}

/** Records written, and the chunks of the file. */
interface ExportChunks {
  readonly chunks: AsyncIterable<string | Uint8Array>
  readonly records: () => number
}

/** One JSON line per record, a page at a time. */
function ndjsonLines(pages: AsyncIterable<readonly ExportRow[]>): ExportChunks {
  let records = 0
  async function* lines(): AsyncGenerator<string> {
    for await (const page of pages) {
      records += page.length
      yield page.map((record) => `${JSON.stringify(record)}\n`).join('')
    }
  }
  return { chunks: lines(), records: () => records }
}

/**
 * Writes the chunks under a temporary name and renames the file into place when complete; on an
 * error the temporary file is deleted (Ctrl-C deletes it through the interrupt guard). Returns the
 * records written.
 */
async function writeExport(
  ctx: CommandContext,
  out: string,
  source: ExportChunks,
  bar: ProgressBar,
): Promise<number> {
  const file = ctx.atomicFile(out)
  try {
    for await (const chunk of source.chunks) await file.write(chunk)
    bar.stop()
    await file.commit()
  } catch (error) {
    bar.stop()
    await file.abort()
    throw error
  }
  return source.records()
}

/** Records read back from the spool per batch written to the file. */
const SPOOL_BATCH = 100

/**
 * CSV and Excel need every column in the header, but a later page may bring a field the first lacked.
 * Two passes keep memory bounded anyway: the pages go to a temporary NDJSON spool beside the
 * destination while the keys are collected (in the order first seen), then the file is written from
 * the spool with every column. Ctrl-C deletes the spool and the half-written file alike.
 */
async function exportWithEveryColumn(
  ctx: CommandContext,
  out: string,
  format: 'csv' | 'xlsx',
  sheetName: string,
  pages: AsyncIterable<readonly ExportRow[]>,
  bar: ProgressBar,
): Promise<number> {
  const spool = createRecordSpool(out, ctx.interrupt)
  try {
    try {
      for await (const records of pages) await spool.append(records)
    } finally {
      bar.stop()
    }
    const written = ctx.progress({ unit: 'rows written', total: spool.count })
    async function* batches(): AsyncGenerator<readonly ExportRow[]> {
      for await (const batch of spool.batches(SPOOL_BATCH)) {
        yield batch
        written.increment(batch.length)
      }
    }
    const columns = spool.keys
    const chunks =
      format === 'csv'
        ? streamRowsToCsv(batches(), { columns, bom: false })
        : streamRowsToXlsx(batches(), { columns, sheetName })
    return await writeExport(ctx, out, { chunks, records: () => spool.count }, written)
  } finally {
    await spool.remove()
  }
}

/**
 * `halo export <resource> --format csv|xlsx|ndjson --out FILE`: every record, page after page, with a
 * progress bar (total from `record_count`) on a terminal. NDJSON goes straight to the file; CSV and
 * Excel go through a spool first so that their columns are every field of every page. The file is
 * written under a temporary name and renamed when complete; Ctrl-C deletes the temporary files and
 * exits 130.
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

        const bar = ctx.progress({ unit: 'records' })
        let totalKnown = false
        // Page by page, with progress: memory holds one page (and the few the list reads ahead).
        async function* pages(): AsyncGenerator<readonly ExportRow[]> {
          for await (const page of list.pages()) {
            if (!totalKnown && typeof page.recordCount === 'number') {
              bar.setTotal(
                options.limit === undefined ? page.recordCount : Math.min(options.limit, page.recordCount),
              )
              totalKnown = true
            }
            bar.increment(page.records.length)
            yield page.records
          }
        }
        const count =
          format === 'ndjson'
            ? await writeExport(ctx, options.out, ndjsonLines(pages()), bar)
            : await exportWithEveryColumn(ctx, options.out, format, entry.name, pages(), bar)
        ctx.output.info(
          `Exported ${count} record${count === 1 ? '' : 's'} of ${entry.name} to ${options.out}.`,
        )
        if (ctx.output.format !== 'table')
          ctx.output.result({ resource: entry.name, format, records: count, file: options.out })
      }),
    )
}
