// One sync process at a time on a SQLite mirror: a second store on the same file (another process,
// or another connection) waits until the first has ended its runs, and a holder that is killed
// leaves no stale lock. Runs of one store share the lock and go side by side.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { createHaloMock } from '@halo/mock'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type SyncProgress, type SyncStore, sqliteStore, syncHalo } from '../src/index.js'
import { LOCK_POLL_MS } from '../src/store/lock-wait.js'
import { mockCore } from './support/mock-core.js'

const holderScript = fileURLToPath(new URL('./support/hold-sqlite-lock.ts', import.meta.url))
/** A promise and the function that settles it. */
function gate(): { readonly opened: Promise<void>; open(): void } {
  let open = () => {}
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  return { opened, open }
}

/**
 * Runs of `store` on `resource` hold its lock until `release()` (which waits for the run to end);
 * answered once the lock is held.
 */
async function holdLock(store: SyncStore, resource = 'tickets'): Promise<{ release(): Promise<void> }> {
  const release = gate()
  const held = gate()
  const run = store.withResourceLock(resource, async () => {
    held.open()
    await release.opened
  })
  await held.opened
  return {
    release: () => {
      release.open()
      return run
    },
  }
}

let dir: string
const stores: SyncStore[] = []
const children: ChildProcess[] = []
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'halo-sync-lock-'))
})
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL')
  await Promise.all(stores.splice(0).map((store) => store.close()))
  rmSync(dir, { recursive: true, force: true })
})

async function openStore(path: string): Promise<SyncStore> {
  const store = sqliteStore(path)
  stores.push(store)
  await store.open()
  return store
}

describe('the SQLite store between processes', () => {
  it('lets a second store on the same mirror in only once the first has ended its runs', async () => {
    const path = join(dir, 'halo.db')
    const [first, second] = [await openStore(path), await openStore(path)]
    const events: string[] = []
    const release = gate()
    const firstRun = first.withResourceLock('tickets', async () => {
      events.push('first in')
      await release.opened
      events.push('first out')
    })
    await expect.poll(() => events).toEqual(['first in'])
    const secondRun = second.withResourceLock(
      'users',
      async () => {
        events.push('second in')
      },
      { onWait: () => events.push('second waits') },
    )
    // However long it is given, the second does not get in while the first holds the mirror; it
    // says once that it waits.
    await sleep(3 * LOCK_POLL_MS)
    expect(events).toEqual(['first in', 'second waits'])
    release.open()
    await Promise.all([firstRun, secondRun])
    expect(events).toEqual(['first in', 'second waits', 'first out', 'second in'])
  })

  it('stops waiting when its signal aborts, with its reason, and never takes the lock after', async () => {
    const path = join(dir, 'halo.db')
    const [first, second, third] = [await openStore(path), await openStore(path), await openStore(path)]
    const firstRun = await holdLock(first)
    const stop = new AbortController()
    let waited = false
    let ran = false
    const secondRun = second.withResourceLock(
      'tickets',
      async () => {
        ran = true
      },
      { onWait: () => (waited = true), signal: stop.signal },
    )
    await expect.poll(() => waited).toBe(true)
    stop.abort(new Error('shutting down'))
    await expect(secondRun).rejects.toThrow('shutting down')
    expect(ran).toBe(false)
    await firstRun.release()
    // The given-up run tries no more: after a few of its rounds, a third store gets in at once.
    await sleep(3 * LOCK_POLL_MS)
    let thirdWaited = false
    await third.withResourceLock('tickets', async () => {}, { onWait: () => (thirdWaited = true) })
    expect(thirdWaited).toBe(false)
    expect(ran).toBe(false)
  })

  it('a sync whose signal aborts while it waits for the mirror stops with its reason and asks Halo nothing', async () => {
    const path = join(dir, 'halo.db')
    const [holder, store] = [await openStore(path), await openStore(path)]
    const holding = await holdLock(holder)
    const mock = createHaloMock({ ticketCount: 30 })
    const stop = new AbortController()
    const phases: string[] = []
    const syncing = syncHalo({
      core: mockCore(mock),
      store,
      resources: ['tickets'],
      signal: stop.signal,
      onProgress: (step) => phases.push(step.phase),
    })
    await expect.poll(() => phases).toEqual(['waiting'])
    stop.abort(new Error('shutting down'))
    await expect(syncing).rejects.toThrow('shutting down')
    expect(mock.requests.filter((r) => r.path === '/api/Tickets')).toEqual([])
    await holding.release()
  })

  it("tells a sync's progress that a resource waits for another run on the mirror, then syncs it", async () => {
    const path = join(dir, 'halo.db')
    const [holder, store] = [await openStore(path), await openStore(path)]
    const holding = await holdLock(holder)
    const mock = createHaloMock({ ticketCount: 30 })
    const steps: SyncProgress[] = []
    const syncing = syncHalo({
      core: mockCore(mock),
      store,
      resources: ['tickets'],
      onProgress: (step) => steps.push(step),
    })
    await expect.poll(() => steps.length).toBe(1)
    expect(steps[0]).toEqual({
      resource: 'tickets',
      phase: 'waiting',
      fetched: 0,
      total: undefined,
      requests: 0,
    })
    // Nothing is asked of Halo while the other run holds the mirror.
    await sleep(2 * LOCK_POLL_MS)
    expect(mock.requests.filter((r) => r.path === '/api/Tickets')).toEqual([])
    await holding.release()
    const [result] = await syncing
    expect(result).toMatchObject({ resource: 'tickets', fetched: 30 })
    expect(steps.filter((step) => step.phase === 'waiting')).toHaveLength(1)
    expect(steps.at(-1)).toMatchObject({ phase: 'full', fetched: 30 })
  })

  it('runs the resources of one store side by side under one lock', async () => {
    const store = await openStore(join(dir, 'halo.db'))
    const both = gate()
    let inside = 0
    let waits = 0
    const run = (resource: string) =>
      store.withResourceLock(
        resource,
        async () => {
          inside++
          if (inside === 2) both.open()
          await both.opened
        },
        { onWait: () => waits++ },
      )
    // Each waits for the other to be inside: they finish only if both hold the lock at once.
    await Promise.all([run('tickets'), run('actions')])
    expect(inside).toBe(2)
    // Neither waited for a lock: the store's own runs share it.
    expect(waits).toBe(0)
  })

  it('gets the lock once a holder is killed (kill -9 leaves no stale lock)', async () => {
    const path = join(dir, 'halo.db')
    await openStore(path).then((store) => store.close())
    const holder = spawn(process.execPath, ['--import', 'tsx', holderScript, path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    children.push(holder)
    let said = ''
    holder.stdout?.on('data', (chunk: Buffer) => (said += chunk.toString()))
    await expect.poll(() => said, { timeout: 30_000, interval: 50 }).toContain('locked')

    const store = await openStore(path)
    let ran = false
    const run = store.withResourceLock('tickets', async () => {
      ran = true
    })
    await sleep(3 * LOCK_POLL_MS)
    expect(ran).toBe(false)
    holder.kill('SIGKILL')
    await once(holder, 'exit')
    await run
    expect(ran).toBe(true)
  }, 60_000)
})
