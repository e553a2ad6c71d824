// One receiver process: a node:http server whose handler dedupes through Redis. It counts each run
// of its handler in Redis (so the test sees runs across processes), takes `hold_ms` from the
// ticket to keep a delivery in flight, and fails once when the ticket says `fail_on` is this process.
import { listen } from '@halo/test-support/http-server'
import { Redis } from 'ioredis'
import { createRedisDedupeStore, createWebhookHandler, toNodeListener } from '../../src/index.js'

const [redisUrl = '', prefix = '', name = '', secret = ''] = process.argv.slice(2)
const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 })
const failed = new Set<string>()

const handler = createWebhookHandler({
  verify: { hmac: { secret } },
  dedupe: createRedisDedupeStore(redis, { prefix, leaseMs: 10_000 }),
  on: {
    '*': async (event) => {
      const ticket = event.ticket as { hold_ms?: number; fail_on?: string } | undefined
      if (ticket?.fail_on === name && !failed.has(event.id ?? '')) {
        failed.add(event.id ?? '')
        throw new Error(`${name} fails this delivery once`)
      }
      await new Promise((resolve) => setTimeout(resolve, ticket?.hold_ms ?? 0))
      await redis.rpush(`${prefix}runs`, `${name}:${event.id}`)
    },
  },
})

const receiver = await listen(toNodeListener(handler))
process.send?.({ type: 'ready', port: receiver.port })
process.on('message', async (message: { type: string }) => {
  if (message.type !== 'exit') return
  await receiver.close()
  await redis.quit()
  process.exit(0)
})
