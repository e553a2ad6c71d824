// The engine hands a store that applies calls in the order made (the SQLite store's worker) each
// write as soon as it has it, several outstanding at once; any other store gets one write at a
// time, after the last one ended. Either way every row lands.

import { setTimeout as sleep } from 'node:timers/promises'
import { createHaloMock } from '@halo/mock'
import { afterEach, describe, expect, it } from 'vitest'
import { type SyncStore, sqliteStore, syncHalo } from '../src/index.js'
import { ORDERED_CALLS } from '../src/store/ordered-calls.js'
import { mockCore } from './support/mock-core.js'
import { wrappedStore } from './support/wrapped-store.js'

let inner: SyncStore
afterEach(async () => {
  await inner.close()
})

/** The SQLite store with each write answered 200 ms late, counting the writes outstanding at once. */
function slowWrites(ordered: boolean) {
  inner = sqliteStore(':memory:')
  const seen = { outstanding: 0, most: 0 }
  const store: SyncStore & { [ORDERED_CALLS]?: boolean } = {
    ...wrappedStore(inner, {
      parallelResources: 1,
      apply: async (change) => {
        seen.outstanding++
        seen.most = Math.max(seen.most, seen.outstanding)
        try {
          const applied = inner.apply(change)
          await sleep(200)
          return await applied
        } finally {
          seen.outstanding--
        }
      },
    }),
    ...(ordered ? { [ORDERED_CALLS]: true } : {}),
  }
  return { store, seen }
}

/** Syncs 900 tickets (9 pages) through `store`; every row must land. */
async function syncTickets(store: SyncStore): Promise<void> {
  const [result] = await syncHalo({
    core: mockCore(createHaloMock({ ticketCount: 900 })),
    store,
    resources: ['tickets'],
  })
  expect(result).toMatchObject({ fetched: 900, upserted: 900 })
  expect(await store.query('SELECT count(*) AS n FROM tickets')).toEqual([{ n: 900 }])
}

describe('writes handed to the store', () => {
  it('several at once to a store that applies calls in the order made', async () => {
    const { store, seen } = slowWrites(true)
    await syncTickets(store)
    expect(seen.most).toBeGreaterThan(1)
  })

  it('one at a time to any other store', async () => {
    const { store, seen } = slowWrites(false)
    await syncTickets(store)
    expect(seen.most).toBe(1)
  })
})
