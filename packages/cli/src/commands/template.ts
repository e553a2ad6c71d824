import { buildImportTemplate, buildSampleCsv, exportLookupCsv } from '@halo/tickets'
import { writeFileAtomic } from '../files/atomic-file-writer.js'
import { parseWholeNumber } from '../input/key-values.js'
import type { CommandModule } from '../program/command-module.js'

interface TemplateOptions {
  readonly sample: number
  readonly metadata?: string
  readonly lookups?: string
  readonly out: string
}

/**
 * `halo template <ticketTypeId> --out FILE [--sample N] [--metadata FILE] [--lookups FILE]`: the CSV
 * import template of a ticket type, from the library's CSV kit.
 */
export const templateCommand: CommandModule = (program, cli) => {
  program
    .command('template')
    .description('write the CSV import template of a ticket type (header row, then sample rows)')
    .argument('<ticketTypeId>', 'ticket type id', parseWholeNumber(1))
    .requiredOption('--out <file>', 'the template CSV: one column per field (Category…Category4 for tiers)')
    .option(
      '--sample <n>',
      'sample rows that pass validation, using real lookup values',
      parseWholeNumber(0),
      0,
    )
    .option('--metadata <file>', "also write each column's label, type, mandatory flag and allowed values")
    .option('--lookups <file>', 'also write the lookup and category values (column, id, label)')
    .action(
      cli.action(async (ctx, ticketTypeId: number, options: TemplateOptions) => {
        const halo = await ctx.client()
        const fields = await halo.ticketTypes.getFields(ticketTypeId, { signal: ctx.signal })
        const atomic = { interrupt: ctx.interrupt }
        await writeFileAtomic(options.out, buildSampleCsv(fields, options.sample), atomic)
        const written = [options.out]
        if (options.metadata !== undefined) {
          await writeFileAtomic(options.metadata, buildImportTemplate(fields).metadataCsv, atomic)
          written.push(options.metadata)
        }
        if (options.lookups !== undefined) {
          await writeFileAtomic(options.lookups, exportLookupCsv(fields), atomic)
          written.push(options.lookups)
        }
        ctx.output.info(
          `Template for ticket type ${ticketTypeId}: ${fields.length} columns, ${options.sample} sample rows → ${written.join(', ')}`,
        )
        if (ctx.output.format !== 'table') {
          ctx.output.result({
            ticketTypeId,
            columns: fields.map((field) => field.csvColumnName),
            files: written,
          })
        }
      }),
    )
}
