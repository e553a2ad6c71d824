// `halo sync` and `halo sync query`, run as users run them: the built `halo` binary against the
// simulated Halo on loopback, mirroring into a SQLite file.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { startProcess } from '@halo/test-support/processes'
import { describe, expect, it } from 'vitest'
import { runHaloBin, startHaloBin, useTemporaryFolder } from '../support/run-halo.js'
import { startOnTerminal } from '../support/run-on-terminal.js'

const lockHolder = fileURLToPath(new URL('../support/hold-sync-lock.mjs', import.meta.url))

/**
 * Runs `body` while another process holds the sync lock of the SQLite mirror at `path`, as a long
 * run started earlier would; `release` ends that process (killed: the lock goes with it).
 */
async function whileAnotherSyncHolds(
  path: string,
  body: (path: string, release: () => Promise<unknown>) => Promise<void>,
): Promise<void> {
  const holder = startProcess(process.execPath, [lockHolder, path])
  try {
    await holder.waitForOutput(/locked/)
    await body(path, () => holder.stop('SIGKILL'))
  } finally {
    await holder.stop('SIGKILL')
  }
}

// Each case starts `halo` several times: a generous, honest limit for real subprocesses.
const SLOW = 60_000
const halo = useHaloMockServer({ ticketCount: 150 })
const folder = useTemporaryFolder('sync', 'test')

describe('halo sync', () => {
  it(
    'mirrors, then syncs incrementally, and answers SQL from the mirror without API calls',
    async () => {
      const db = `sqlite:${join(folder.dir, 'halo.db')}`
      const first = await runHaloBin(
        ['sync', '--to', db, '--resources', 'tickets,actions', '--output', 'json'],
        {
          env: halo.env(),
        },
      )
      expect(first.stderr).not.toContain('Error')
      expect(first.code).toBe(0)
      const results = JSON.parse(first.stdout) as {
        resource: string
        fetched: number
        requests: number
        since: unknown
      }[]
      expect(results.map((r) => [r.resource, r.since])).toEqual([
        ['tickets', null],
        ['actions', null],
      ])
      expect(results[0]).toMatchObject({ fetched: 150, requests: 2 })
      // Piped: no progress bar on stderr.
      expect(first.stderr).not.toMatch(/\d+\/\d+/)

      // A name given twice is read once.
      const second = await runHaloBin(
        ['sync', '--to', db, '--resources', 'tickets,tickets', '--output', 'json'],
        {
          env: halo.env(),
        },
      )
      expect(second.code).toBe(0)
      const secondResults = JSON.parse(second.stdout) as { since: string | null; fetched: number }[]
      expect(secondResults).toHaveLength(1)
      const [tickets] = secondResults
      expect(tickets?.since).toMatch(/^\d{4}-\d\d-\d\dT/)
      expect(tickets?.fetched).toBe(0)

      const before = halo.mock.requests.length
      const query = await runHaloBin(
        ['sync', 'query', 'SELECT count(*) AS n FROM tickets', '--db', db, '--output', 'json'],
        {
          env: halo.env(),
        },
      )
      expect(query.code).toBe(0)
      expect(JSON.parse(query.stdout)).toEqual([{ n: 150 }])
      expect(halo.mock.requests.length).toBe(before)
    },
    SLOW,
  )

  it(
    'query reads the mirror only: a statement that changes it exits 2 and leaves it whole; a missing mirror is not created',
    async () => {
      const path = join(folder.dir, 'kept.db')
      const synced = await runHaloBin(
        ['sync', '--to', `sqlite:${path}`, '--resources', 'tickets', '--output', 'json'],
        {
          env: halo.env(),
        },
      )
      expect(synced.code).toBe(0)
      for (const sql of ['DELETE FROM tickets', 'DROP TABLE halo_sync_state']) {
        const refused = await runHaloBin(['sync', 'query', sql, '--db', `sqlite:${path}`], {
          env: halo.env(),
        })
        expect(refused.code, sql).toBe(2)
        expect(refused.stderr).toContain('halo sync query only reads the mirror')
      }
      const count = await runHaloBin(
        ['sync', 'query', 'SELECT count(*) AS n FROM tickets', '--db', `sqlite:${path}`, '--output', 'json'],
        { env: halo.env() },
      )
      expect(JSON.parse(count.stdout)).toEqual([{ n: 150 }])

      const typo = join(folder.dir, 'kept-typo.db')
      const missing = await runHaloBin(['sync', 'query', 'SELECT 1', '--db', `sqlite:${typo}`], {
        env: halo.env(),
      })
      expect(missing.code).toBe(2)
      expect(missing.stderr).toContain(`there is no SQLite mirror at "${typo}"`)
      expect(existsSync(typo)).toBe(false)
    },
    SLOW,
  )

  it(
    'says on stderr that it waits while another sync holds the mirror, then syncs once that one ends',
    async () => {
      await whileAnotherSyncHolds(join(folder.dir, 'shared.db'), async (path, release) => {
        const sync = startHaloBin(
          ['sync', '--to', `sqlite:${path}`, '--resources', 'tickets', '--output', 'json'],
          halo.env(),
        )
        await sync.waitForOutput(/tickets: waiting for another sync of this mirror to end/, 30_000)
        // No record is read while it waits: the other run may be reading the same ones.
        expect(halo.mock.requests.filter((r) => r.path === '/api/Tickets')).toEqual([])
        await release()
        const run = await sync.finished
        expect(run.code).toBe(0)
        expect(JSON.parse(run.stdout)).toMatchObject([{ resource: 'tickets', fetched: 150 }])
        expect(run.stderr.match(/waiting for another sync/g)).toHaveLength(1)
      })
    },
    SLOW,
  )

  it(
    'on a terminal too, says it waits while it waits (not once the wait is over)',
    async () => {
      await whileAnotherSyncHolds(join(folder.dir, 'shared-terminal.db'), async (path, release) => {
        const terminal = startOnTerminal(
          ['sync', '--to', `sqlite:${path}`, '--resources', 'tickets'],
          halo.env(),
        )
        await terminal.waitForOutput(/tickets: waiting for another sync of this mirror to end/, 30_000)
        expect(terminal.stdout()).not.toContain('tickets: full')
        await release()
        const run = await terminal.finished
        expect(run.code).toBe(0)
        expect(run.stdout).toContain('150/150 tickets (full)')
      })
    },
    SLOW,
  )

  it(
    '--dry-run says what each resource would read, and calls and writes nothing (not even a new mirror file)',
    async () => {
      const path = join(folder.dir, 'plan.db')
      const plan = (args: string[] = []) =>
        runHaloBin(
          [
            'sync',
            '--to',
            `sqlite:${path}`,
            '--resources',
            'tickets,kb',
            '--dry-run',
            '--output',
            'json',
            ...args,
          ],
          { env: halo.env() },
        )
      const first = await plan()
      expect(first.code).toBe(0)
      expect(JSON.parse(first.stdout)).toEqual([
        { resource: 'tickets', read: 'everything', mark: null },
        { resource: 'kb', read: 'everything', mark: null },
      ])
      expect(halo.mock.requests).toEqual([])
      expect(existsSync(path)).toBe(false)

      const synced = await runHaloBin(['sync', '--to', `sqlite:${path}`, '--resources', 'tickets'], {
        env: halo.env(),
      })
      expect(synced.code).toBe(0)
      halo.mock.clearRequests()
      const planned = await plan()
      expect(planned.code).toBe(0)
      expect(JSON.parse(planned.stdout)).toEqual([
        { resource: 'tickets', read: 'changed since the mark', mark: expect.stringMatching(/^\d{4}-/) },
        { resource: 'kb', read: 'everything', mark: null },
      ])
      expect(JSON.parse((await plan(['--full'])).stdout)[0]).toMatchObject({ read: 'everything' })
      expect(halo.mock.requests).toEqual([])

      const nowhere = join(folder.dir, 'no-such-folder', 'halo.db')
      const refused = await runHaloBin(['sync', '--to', `sqlite:${nowhere}`, '--dry-run'], {
        env: halo.env(),
      })
      expect(refused.code).toBe(2)
      expect(refused.stderr).toContain('does not exist')
      const failed = await runHaloBin(['sync', '--to', `sqlite:${nowhere}`, '--resources', 'tickets'], {
        env: halo.env(),
      })
      expect(failed.code).toBe(2)
      expect(failed.stderr).toContain(`cannot make the SQLite mirror "${nowhere}"`)
      expect(existsSync(join(folder.dir, 'no-such-folder'))).toBe(false)
    },
    SLOW,
  )

  it(
    '--help says what --dry-run does for a sync and shows runnable examples',
    async () => {
      const help = await runHaloBin(['sync', '--help'], { env: halo.env() })
      expect(help.code).toBe(0)
      expect(help.stdout).toContain('With --dry-run it prints what each resource would read')
      const examples = help.stdout
        .split('\n')
        .filter((line) => line.startsWith('  halo sync'))
        .map((line) => line.trim())
      expect(examples).toHaveLength(3)
      // The dry-run example runs as shown (in the test's folder), and reads nothing from Halo.
      const dryRun = examples.find((line) => line.includes('--dry-run')) as string
      const args = dryRun.replace('./halo.db', join(folder.dir, 'example.db')).split(' ').slice(1)
      const run = await runHaloBin([...args, '--output', 'json'], { env: halo.env() })
      expect(run.code).toBe(0)
      expect(JSON.parse(run.stdout)).toEqual([
        { resource: 'tickets', read: 'everything', mark: null },
        { resource: 'actions', read: 'everything', mark: null },
      ])
      expect(halo.mock.requests).toEqual([])
    },
    SLOW,
  )

  it(
    'usage errors exit 2 and say what to fix',
    async () => {
      const noTarget = await runHaloBin(['sync'], { env: halo.env() })
      expect(noTarget.code).toBe(2)
      expect(noTarget.stderr).toContain('--to is required')
      const badResource = await runHaloBin(
        ['sync', '--to', `sqlite:${join(folder.dir, 'x.db')}`, '--resources', 'tickts'],
        {
          env: halo.env(),
        },
      )
      expect(badResource.code).toBe(2)
      expect(badResource.stderr).toContain('Unknown resource "tickts"')
      const noResource = await runHaloBin(
        ['sync', '--to', `sqlite:${join(folder.dir, 'x.db')}`, '--resources', ' , '],
        {
          env: halo.env(),
        },
      )
      expect(noResource.code).toBe(2)
      expect(noResource.stderr).toContain('--resources names no resource')
      expect(existsSync(join(folder.dir, 'x.db'))).toBe(false)
      const badDb = await runHaloBin(['sync', 'query', 'SELECT 1', '--db', 'mysql://x'], { env: halo.env() })
      expect(badDb.code).toBe(2)
      expect(badDb.stderr).toContain('sqlite:./halo.db or postgres://')
    },
    SLOW,
  )

  it(
    'draws one bar per resource and phase on a terminal, each counting its own records',
    async () => {
      // Tickets and actions are read side by side: under `script` (a pseudo-terminal) each keeps its
      // own bar, so both reach their own totals instead of one bar restarted at every switch.
      const db = `sqlite:${join(folder.dir, 'halo.db')}`
      const terminal = await startOnTerminal(
        ['sync', '--to', db, '--resources', 'tickets,actions', '--output', 'json'],
        halo.env(),
      ).finished
      expect(terminal.code).toBe(0)
      expect(terminal.stdout).toContain('150/150 tickets (full)')
      expect(terminal.stdout).toMatch(/(\d+)\/\1 actions \(full\)/)
      expect(terminal.stdout).toContain('tickets: full')
      expect(terminal.stdout).toContain('actions: full')
    },
    SLOW,
  )
})
