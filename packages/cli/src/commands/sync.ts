import type { HaloCore } from '@halo/core'
import { usageError } from '../errors/cli-error.js'
import { loadOptionalPackage } from '../optional/load-optional-package.js'
import type { CommandModule } from '../program/command-module.js'
import type { ProgressBar } from '../progress/progress-bar.js'

/** The part of @halo/sync these commands use (the package is installed separately). */
interface HaloSyncPackage {
  syncHalo(options: {
    readonly core: HaloCore
    readonly store: SyncStoreLike
    readonly resources?: readonly string[] | undefined
    readonly full?: boolean | undefined
    readonly signal?: AbortSignal | undefined
    readonly onProgress?: (progress: {
      readonly resource: string
      readonly phase: string
      readonly fetched: number
      readonly total: number | undefined
    }) => void
  }): Promise<readonly Record<string, unknown>[]>
  storeFromUrl(location: string, options?: { readonly readOnly?: boolean }): SyncStoreLike
  readonly SYNC_RESOURCES: Readonly<Record<string, { readonly changedSince?: unknown }>>
  readonly DEFAULT_SYNC_RESOURCES: readonly string[]
}

interface SyncStoreLike {
  open(): Promise<void>
  close(): Promise<void>
  readState(resource: string): Promise<{ readonly highWaterMark: string | undefined } | undefined>
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>
}

interface SyncOptions {
  readonly to: string
  readonly resources?: string
  readonly full?: boolean
}

function storeOf(sync: HaloSyncPackage, location: string, readOnly = false): SyncStoreLike {
  try {
    return sync.storeFromUrl(location, { readOnly })
  } catch (error) {
    throw usageError(error instanceof Error ? error.message : String(error))
  }
}

/** What SQLite and Postgres answer a change made on a read-only connection with. */
const READ_ONLY_CODES = new Set(['SQLITE_READONLY', '25006'])

/**
 * The two failures of `halo sync query` that are the command line's, not the database's (exit 2): a
 * `--db` file that is not there, and a statement that would change the mirror (a DELETE, a DROP),
 * which would leave it out of step with the marks the next sync starts from.
 */
function explainedQueryError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string' || !(error instanceof Error)) return error
  if (code === 'ENOENT') return usageError(error.message)
  if (!READ_ONLY_CODES.has(code)) return error
  return usageError(
    `halo sync query only reads the mirror, and left it as it was (${error.message}): a change there would put it out of step with the marks the next sync starts from`,
  )
}

/**
 * `halo sync --to sqlite:./halo.db|postgres://… [--resources tickets,actions] [--full]` mirrors Halo
 * into a database (a full read the first time, then only what changed), with a progress bar per
 * resource on a terminal; `--dry-run` says what each resource would read and calls nothing.
 * `halo sync query "<SQL>" --db …` reads the mirror (opened read-only: an existing one, and no
 * statement that changes it), with no API call. Needs @halo/sync.
 */
export const syncCommand: CommandModule = (program, cli) => {
  const sync = program
    .command('sync')
    .description('mirror Halo into SQLite or Postgres, fetching only what changed since the last run')
    .option('--to <database>', 'sqlite:./halo.db or postgres://user@host/db')
    .option(
      '--resources <names>',
      'comma-separated resources (default: tickets, actions, users, clients, sites, assets)',
    )
    .option('--full', 'read everything again and remove rows Halo no longer has')
    .action(
      cli.action(async (ctx, options: SyncOptions) => {
        if (!options.to) throw usageError('--to is required: sqlite:./halo.db or postgres://user@host/db')
        const pkg = await loadOptionalPackage<HaloSyncPackage>('@halo/sync')
        const listed = options.resources
          ?.split(',')
          .map((name) => name.trim())
          .filter(Boolean)
        // A name given twice is read once.
        const resources = listed === undefined ? undefined : [...new Set(listed)]
        if (resources !== undefined && resources.length === 0) {
          throw usageError(
            `--resources names no resource; give one or more of ${Object.keys(pkg.SYNC_RESOURCES).join(', ')}, or leave it out for the default set.`,
          )
        }
        const unknown = (resources ?? []).filter((name) => pkg.SYNC_RESOURCES[name] === undefined)
        if (unknown.length > 0) {
          throw usageError(
            `Unknown resource ${unknown.map((n) => `"${n}"`).join(', ')}; choose from ${Object.keys(pkg.SYNC_RESOURCES).join(', ')}.`,
          )
        }
        const store = storeOf(pkg, options.to)
        try {
          if (ctx.dryRun) {
            await store.open()
            const plan = []
            for (const resource of resources ?? pkg.DEFAULT_SYNC_RESOURCES) {
              const mark = (await store.readState(resource))?.highWaterMark
              const incremental =
                options.full !== true &&
                mark !== undefined &&
                pkg.SYNC_RESOURCES[resource]?.changedSince !== undefined
              plan.push({
                resource,
                read: incremental ? 'changed since the mark' : 'everything',
                mark: mark ?? null,
              })
            }
            ctx.output.info('Dry run: nothing was fetched or written.')
            ctx.output.result(plan)
            return
          }
          const core = await ctx.client()
          // Resources sync side by side, so each (resource, phase) gets its own bar; `fetched`
          // counts from 0 in every phase.
          const progress = ctx.progressGroup()
          const bars = new Map<string, { readonly bar: ProgressBar; counted: number }>()
          const results = await pkg
            .syncHalo({
              core,
              store,
              resources,
              full: options.full === true,
              signal: ctx.signal,
              onProgress: (step) => {
                if (step.phase === 'waiting') {
                  progress.log(`${step.resource}: waiting for another sync of this mirror to end`)
                  return
                }
                const key = `${step.resource} ${step.phase}`
                let entry = bars.get(key)
                if (entry === undefined) {
                  progress.log(`${step.resource}: ${step.phase}`)
                  entry = { bar: progress.bar({ unit: `${step.resource} (${step.phase})` }), counted: 0 }
                  bars.set(key, entry)
                }
                if (step.total !== undefined) entry.bar.setTotal(step.total)
                entry.bar.increment(step.fetched - entry.counted)
                entry.counted = step.fetched
              },
            })
            .finally(() => progress.stop())
          ctx.output.result(results)
        } finally {
          await store.close()
        }
      }),
    )

  sync
    .command('query')
    .description('run SQL against the mirror, read-only (no API calls)')
    .argument('<sql>', 'the statement, e.g. "SELECT id, summary FROM tickets LIMIT 10"')
    .requiredOption('--db <database>', 'sqlite:./halo.db or postgres://user@host/db')
    .action(
      cli.action(async (ctx, sql: string, options: { readonly db: string }) => {
        const pkg = await loadOptionalPackage<HaloSyncPackage>('@halo/sync')
        const store = storeOf(pkg, options.db, true)
        try {
          let rows: Record<string, unknown>[]
          try {
            await store.open()
            rows = await store.query(sql)
          } catch (error) {
            throw explainedQueryError(error)
          }
          ctx.output.result(rows)
        } finally {
          await store.close()
        }
      }),
    )
}
