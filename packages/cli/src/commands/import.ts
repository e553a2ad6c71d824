import { readFile } from 'node:fs/promises'
import { isHaloError, isHaloValidationError } from '@halo/core'
import { type ImportRowError, resolveImportNames, validateImportRows } from '@halo/tickets'
import { CliError, interruptedError, usageError } from '../errors/cli-error.js'
import { EXIT_CODES } from '../errors/exit-codes.js'
import { importNameResolver } from '../import/import-name-lookups.js'
import {
  type ImportResultRow,
  ImportResultsWriter,
  readImportResults,
} from '../import/import-results-file.js'
import { parseWholeNumber } from '../input/key-values.js'
import type { CommandModule } from '../program/command-module.js'

/** Tickets per POST: Halo takes an array, and 100 keeps each request well inside its limits. */
export const IMPORT_CHUNK_SIZE = 100

/** Problems printed before the rest are counted, so a wrong file does not flood the terminal. */
const MAX_ERRORS_SHOWN = 100

interface ImportOptions {
  readonly ticketType: number
  readonly results?: string
  readonly skipInvalid?: boolean
  readonly retryPending?: boolean
}

function errorLine(error: ImportRowError): string {
  return `line ${error.line}${error.column ? `, column "${error.column}"` : ''}: ${error.message}`
}

/**
 * `halo import tickets <file.csv> --ticket-type <id>`: validates every row first (errors name the line,
 * the header being line 1), then creates tickets in chunks of 100 with a progress bar, writing the
 * results file as it goes. Each chunk's lines are recorded `pending` (flushed to disk) before it is
 * sent and `created`/`failed` after, so a rerun with the same results file skips what was created, and
 * never resends a chunk whose fate is unknown (a crash mid-request) unless `--retry-pending` says so.
 */
export const importCommand: CommandModule = (program, cli) => {
  const group = program.command('import').description('bulk imports from CSV files')
  group
    .command('tickets')
    .description('create tickets from a CSV file made from "halo template" (validated first, resumable)')
    .argument('<file>', 'the CSV file (header on line 1)')
    .requiredOption('--ticket-type <id>', 'the ticket type whose fields the columns are', parseWholeNumber(1))
    .option('--results <file>', 'results CSV (line, status, id, error); default <file>.results.csv')
    .option('--skip-invalid', 'send the valid rows even when some rows are invalid')
    .option('--retry-pending', 'resend rows a stopped run had sent without an answer (check Halo first)')
    .action(
      cli.action(async (ctx, file: string, options: ImportOptions) => {
        let text: string
        try {
          text = await readFile(file, 'utf8')
        } catch (error) {
          throw usageError(`Cannot read ${file}: ${(error as Error).message}`)
        }
        const resultsPath = options.results ?? `${file}.results.csv`
        const halo = await ctx.client()
        const fields = await halo.ticketTypes.getFields(options.ticketType, { signal: ctx.signal })
        const { valid, errors } = validateImportRows(fields, text)

        // Names where a ticket holds an id (agent, team, client, site, user, status, priority) become
        // ids through the resources' lookups; an unknown name is an error on its line like any other.
        const resolved = await resolveImportNames(fields, valid, importNameResolver(halo, ctx.signal))
        errors.push(...resolved.errors)
        const drafts = resolved.drafts.map(({ line, draft }) => ({
          line,
          draft: { ...draft, tickettype_id: options.ticketType },
        }))
        errors.sort((a, b) => a.line - b.line)
        for (const error of errors.slice(0, MAX_ERRORS_SHOWN)) ctx.output.warn(`${file}: ${errorLine(error)}`)
        if (errors.length > MAX_ERRORS_SHOWN)
          ctx.output.warn(`${file}: … and ${errors.length - MAX_ERRORS_SHOWN} more problems.`)
        const invalidLines = new Set(errors.map((error) => error.line))
        if (errors.length > 0 && options.skipInvalid !== true) {
          throw new CliError(
            `${invalidLines.size} row${invalidLines.size === 1 ? ' is' : 's are'} invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}); nothing was sent. Fix the file, or pass --skip-invalid to send the ${drafts.length} valid rows.`,
            EXIT_CODES.haloError,
          )
        }

        const history = await readImportResults(resultsPath)
        const already = drafts.filter((d) => history.get(d.line)?.status === 'created')
        const pending = drafts.filter((d) => history.get(d.line)?.status === 'pending')
        const toSend = drafts.filter((d) => {
          const status = history.get(d.line)?.status
          return status !== 'created' && (status !== 'pending' || options.retryPending === true)
        })
        if (already.length > 0)
          ctx.output.info(`Skipping ${already.length} rows already created (${resultsPath}).`)
        if (pending.length > 0 && options.retryPending !== true) {
          ctx.output.warn(
            `Skipping ${pending.length} rows (lines ${pending
              .slice(0, 5)
              .map((d) => d.line)
              .join(
                ', ',
              )}${pending.length > 5 ? ', …' : ''}) that an earlier run sent without getting an answer: check in Halo whether they exist, then rerun with --retry-pending to send them.`,
          )
        }

        if (ctx.dryRun) {
          const chunks = []
          for (let at = 0; at < toSend.length; at += IMPORT_CHUNK_SIZE) {
            chunks.push({
              method: 'POST',
              path: '/Tickets',
              body: toSend.slice(at, at + IMPORT_CHUNK_SIZE).map((d) => d.draft),
            })
          }
          ctx.printPlannedRequest(chunks)
          ctx.output.info(
            `Dry run: ${toSend.length} tickets in ${chunks.length} requests would be sent; nothing was sent.`,
          )
          return
        }

        const results = new ImportResultsWriter(resultsPath)
        await results.start()
        if (options.skipInvalid === true) {
          await results.append(
            [...invalidLines]
              .filter((line) => history.get(line)?.status !== 'invalid')
              .map((line) => ({
                line,
                status: 'invalid' as const,
                error: errors
                  .filter((e) => e.line === line)
                  .map((e) => e.message)
                  .join(' '),
              })),
          )
        }
        // A chunk that was sent must be recorded whatever happens: Ctrl-C waits for it.
        ctx.interrupt.deferExit()
        const bar = ctx.progress({ unit: 'tickets', total: toSend.length })
        let created = 0
        let failed = 0
        try {
          for (let at = 0; at < toSend.length; at += IMPORT_CHUNK_SIZE) {
            if (ctx.signal.aborted) throw interruptedError()
            const chunk = toSend.slice(at, at + IMPORT_CHUNK_SIZE)
            await results.append(chunk.map((d) => ({ line: d.line, status: 'pending' as const })))
            let answer: unknown
            try {
              answer = await halo.tickets.create(
                chunk.map((d) => d.draft) as Parameters<typeof halo.tickets.create>[0],
              )
            } catch (error) {
              if (
                isHaloValidationError(error) ||
                (isHaloError(error) &&
                  error.status !== undefined &&
                  error.status >= 400 &&
                  error.status < 500)
              ) {
                // Halo refused the chunk: nothing of it was created.
                await results.append(
                  chunk.map((d) => ({
                    line: d.line,
                    status: 'failed' as const,
                    error: (error as Error).message,
                  })),
                )
                failed += chunk.length
                bar.increment(chunk.length)
                continue
              }
              // The fate of the chunk is unknown: its lines stay pending, and the run stops.
              throw new CliError(
                `${(error as Error).message} — lines ${chunk[0]?.line}–${chunk.at(-1)?.line} may or may not have been created; they are marked pending in ${resultsPath}. Check Halo, then rerun (add --retry-pending to resend them).`,
                EXIT_CODES.haloError,
                { cause: error },
              )
            }
            const records = (Array.isArray(answer) ? answer : [answer]) as Record<string, unknown>[]
            const rows: ImportResultRow[] = chunk.map((d, index) => ({
              line: d.line,
              status: 'created',
              id: records[index]?.id as number | string | undefined,
            }))
            await results.append(rows)
            created += chunk.length
            bar.increment(chunk.length)
          }
        } finally {
          bar.stop()
        }
        // One row per line, in file order, now that nothing is in flight.
        await results.compact(ctx.interrupt)
        ctx.output.info(
          `Created ${created} tickets${failed > 0 ? `, ${failed} refused by Halo` : ''}${errors.length > 0 ? `, ${invalidLines.size} invalid rows skipped` : ''}. Results: ${resultsPath}`,
        )
        ctx.output.result({
          created,
          failed,
          invalid: invalidLines.size,
          skipped: already.length,
          results: resultsPath,
        })
        if (failed > 0)
          throw new CliError(`${failed} rows were refused by Halo; see ${resultsPath}.`, EXIT_CODES.haloError)
      }),
    )
}
