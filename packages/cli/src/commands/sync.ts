import { existsSync } from 'node:fs'
import { dirname } from 'node:path'
import type { HaloCore } from '@halo/core'
import { usageError } from '../errors/cli-error.js'
import { loadOptionalPackage } from '../optional/load-optional-package.js'
import type { CommandModule } from '../program/command-module.js'
import type { ProgressBar } from '../progress/progress-bar.js'
import type { ProgressGroup } from '../progress/progress-group.js'

/** The part of @halo/sync these commands use (the package is installed separately). */
interface HaloSyncPackage {
  syncHalo(options: {
    readonly core: HaloCore
    readonly store: SyncStoreLike
    readonly resources?: readonly string[] | undefined
    readonly full?: boolean | undefined
    readonly signal?: AbortSignal | undefined
    readonly onProgress?: SyncProgressListener
  }): Promise<readonly Record<string, unknown>[]>
  storeFromUrl(location: string, options?: { readonly readOnly?: boolean }): SyncStoreLike
  readonly SYNC_RESOURCES: Readonly<Record<string, { readonly changedSince?: unknown }>>
  readonly DEFAULT_SYNC_RESOURCES: readonly string[]
}

type SyncProgressListener = (progress: {
  readonly resource: string
  readonly phase: string
  readonly fetched: number
  readonly total: number | undefined
}) => void

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

/**
 * A mirror path that is not there (a `--db` file, the folder of a `--to` file) is the command line's
 * mistake (exit 2); the store's message names it.
 */
function missingPathError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOENT' && error instanceof Error ? usageError(error.message) : error
}

/** Opens the mirror `halo sync` writes to, saying which path is wrong when one is. */
async function openMirror(store: SyncStoreLike): Promise<void> {
  try {
    await store.open()
  } catch (error) {
    throw missingPathError(error)
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
  if (code === 'ENOENT') return missingPathError(error)
  if (!READ_ONLY_CODES.has(code)) return error
  return usageError(
    `halo sync query only reads the mirror, and left it as it was (${error.message}): a change there would put it out of step with the marks the next sync starts from`,
  )
}

/** `--resources` as names, each once (undefined: the default set); a wrong one exits 2. */
function resourcesOf(pkg: HaloSyncPackage, option: string | undefined): string[] | undefined {
  if (option === undefined) return undefined
  // A name given twice is read once.
  const resources = [
    ...new Set(
      option
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ]
  const known = Object.keys(pkg.SYNC_RESOURCES).join(', ')
  if (resources.length === 0) {
    throw usageError(
      `--resources names no resource; give one or more of ${known}, or leave it out for the default set.`,
    )
  }
  const unknown = resources.filter((name) => pkg.SYNC_RESOURCES[name] === undefined)
  if (unknown.length > 0) {
    throw usageError(`Unknown resource ${unknown.map((n) => `"${n}"`).join(', ')}; choose from ${known}.`)
  }
  return resources
}

/**
 * What each resource would read, from the marks of the mirror opened read-only: a dry run writes
 * nothing, not even a new mirror file or its state table. No SQLite mirror yet means everything.
 */
async function dryRunPlan(
  pkg: HaloSyncPackage,
  location: string,
  resources: readonly string[],
  full: boolean,
): Promise<{ resource: string; read: string; mark: string | null }[]> {
  const store = storeOf(pkg, location, true)
  try {
    const opened = await openForPlan(store)
    const plan = []
    for (const resource of resources) {
      const mark = opened ? (await store.readState(resource))?.highWaterMark : undefined
      const incremental =
        !full && mark !== undefined && pkg.SYNC_RESOURCES[resource]?.changedSince !== undefined
      plan.push({ resource, read: incremental ? 'changed since the mark' : 'everything', mark: mark ?? null })
    }
    return plan
  } finally {
    await store.close()
  }
}

/**
 * Opens the mirror read-only for a dry run; false when there is no SQLite mirror file yet (the run
 * would make it), unless the run could not make it there either: its folder is missing.
 */
async function openForPlan(store: SyncStoreLike): Promise<boolean> {
  try {
    await store.open()
    return true
  } catch (error) {
    const { code, path } = (error ?? {}) as { code?: unknown; path?: unknown }
    if (code !== 'ENOENT' || typeof path !== 'string') throw error
    if (!existsSync(dirname(path))) {
      throw usageError(`the sync would fail: the folder of "${path}", "${dirname(path)}", does not exist`)
    }
    return false
  }
}

/**
 * Draws the sync's progress: resources sync side by side, so each (resource, phase) gets its own bar
 * (`fetched` counts from 0 in every phase), and a resource waiting for another run says so.
 */
function progressReporter(progress: ProgressGroup): SyncProgressListener {
  const bars = new Map<string, { readonly bar: ProgressBar; counted: number }>()
  return (step) => {
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
  }
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
    .addHelpText(
      'after',
      [
        '',
        'With --dry-run it prints what each resource would read (everything, or what changed since',
        'its mark) and calls nothing: no request to Halo, nothing written to the mirror.',
        '',
        'Examples:',
        '  halo sync --to sqlite:./halo.db',
        '  halo sync --to sqlite:./halo.db --resources tickets,actions --dry-run',
        '  halo sync query "SELECT id, summary FROM tickets LIMIT 10" --db sqlite:./halo.db',
      ].join('\n'),
    )
    .action(
      cli.action(async (ctx, options: SyncOptions) => {
        if (!options.to) throw usageError('--to is required: sqlite:./halo.db or postgres://user@host/db')
        const pkg = await loadOptionalPackage<HaloSyncPackage>('@halo/sync')
        const resources = resourcesOf(pkg, options.resources)
        if (ctx.dryRun) {
          const plan = await dryRunPlan(
            pkg,
            options.to,
            resources ?? pkg.DEFAULT_SYNC_RESOURCES,
            options.full === true,
          )
          ctx.output.info('Dry run: nothing was fetched or written.')
          ctx.output.result(plan)
          return
        }
        const store = storeOf(pkg, options.to)
        try {
          await openMirror(store)
          const core = await ctx.client()
          const progress = ctx.progressGroup()
          const results = await pkg
            .syncHalo({
              core,
              store,
              resources,
              full: options.full === true,
              signal: ctx.signal,
              onProgress: progressReporter(progress),
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
