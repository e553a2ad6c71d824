import { type ChildProcess, fork } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRedisDedupeStore, signHaloDelivery } from '../src/index.js'
import { redisAvailable, redisUrl, uniquePrefix } from './redis/redis-context.js'
import { ticketPayload } from './support/deliveries.js'

describe.skipIf(!redisAvailable)('Redis dedupe store', () => {
  let redis: Redis
  beforeAll(() => {
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
  })
  afterAll(() => redis.quit())

  it('claims once, reports in-progress, forgets a released claim and remembers a completed one', async () => {
    const store = createRedisDedupeStore(redis, { prefix: uniquePrefix('store'), keepMs: 60_000 })
    expect(await store.claim('d1')).toBe('claimed')
    expect(await store.claim('d1')).toBe('in-progress')
    await store.release('d1')
    expect(await store.claim('d1')).toBe('claimed')
    await store.complete('d1')
    expect(await store.claim('d1')).toBe('handled')
    await store.release('d1') // a late release must not forget a handled delivery
    expect(await store.claim('d1')).toBe('handled')
  })

  it('lets a claim expire after leaseMs so a crashed process does not block a delivery', async () => {
    const prefix = uniquePrefix('lease')
    const store = createRedisDedupeStore(redis, { prefix, leaseMs: 50 })
    expect(await store.claim('d2')).toBe('claimed')
    expect(await redis.pttl(`${prefix}d2`)).toBeLessThanOrEqual(50)
    await new Promise((resolve) => setTimeout(resolve, 120))
    expect(await store.claim('d2')).toBe('claimed')
  })
})

const receiverScript = fileURLToPath(new URL('./redis/receiver-process.ts', import.meta.url))
const secret = 'two-process-secret-made-up'

describe.skipIf(!redisAvailable)('dedupe across two receiver processes through Redis', () => {
  const prefix = uniquePrefix('processes')
  const children: ChildProcess[] = []
  const urls: Record<string, string> = {}
  let redis: Redis

  beforeAll(async () => {
    redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
    for (const name of ['A', 'B']) {
      const child = fork(receiverScript, [redisUrl, prefix, name, secret], {
        execArgv: ['--import', 'tsx'],
        stdio: 'inherit',
      })
      children.push(child)
      const [message] = (await once(child, 'message')) as [{ port: number }]
      urls[name] = `http://127.0.0.1:${message.port}/halo`
    }
  }, 60_000)
  afterAll(async () => {
    await Promise.all(
      children.map(async (child) => {
        if (child.exitCode !== null) return
        const exited = once(child, 'exit')
        child.send({ type: 'exit' })
        await exited
      }),
    )
    await redis.quit()
  })

  async function send(to: string, payload: unknown): Promise<number> {
    const { body, headers } = await signHaloDelivery(payload, { hmac: { secret } })
    return (await fetch(urls[to] as string, { method: 'POST', headers, body })).status
  }
  const runs = async () => redis.lrange(`${prefix}runs`, 0, -1)

  it('runs the handler once when both processes receive the same delivery at the same time', {
    timeout: 30_000,
  }, async () => {
    const payload = ticketPayload('Ticket Updated', { id: 501, hold_ms: 3000 })
    const statuses = await Promise.all([send('A', payload), send('B', payload)])
    // The first claim holds 3 s, so the other request meets it in flight however loaded the machine.
    // One handled it; the other was told the delivery is in flight (409), which Halo retries.
    expect([...statuses].sort()).toEqual([200, 409])
    // Halo's retry reaches either process and is recognised as handled.
    expect(await send('B', payload)).toBe(200)
    expect(await send('A', payload)).toBe(200)
    expect((await runs()).filter((run) => run.endsWith(`:${payload.id}`))).toHaveLength(1)
  })

  it('runs a delivery that failed in one process again when the retry reaches the other, then never again', {
    timeout: 30_000,
  }, async () => {
    const payload = ticketPayload('Ticket Updated', { id: 502, fail_on: 'A' })
    expect(await send('A', payload)).toBe(500)
    expect(await send('B', payload)).toBe(200)
    expect(await send('A', payload)).toBe(200)
    expect((await runs()).filter((run) => run.endsWith(`:${payload.id}`))).toEqual([`B:${payload.id}`])
  })
})
