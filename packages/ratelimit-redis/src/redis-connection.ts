import { Redis } from 'ioredis'
import type { RedisConnection } from './store-options.js'

/** A client and whether the store created it (and so must close it). */
export interface ResolvedRedis {
  readonly client: Redis
  readonly owned: boolean
}

/*
 * A store's connection should fail fast: ioredis's defaults queue commands while reconnecting and
 * retry each one 20 times, which would hold a request for many seconds before the error policy can
 * act. Callers' own options win.
 */
const storeDefaults = { maxRetriesPerRequest: 1 } as const

/** Accepts a client (used as is), options, or a URL. */
export function resolveRedis(connection: RedisConnection): ResolvedRedis {
  if (typeof connection === 'string') {
    return { client: ownedClient(new Redis(connection, storeDefaults)), owned: true }
  }
  // Either reply mapping reads the same for the store's commands (see below).
  if (isRedisClient(connection)) return { client: connection as Redis, owned: false }
  // The store reads only plain replies (strings, integers, arrays), the same under either reply
  // mapping, so a caller's `replyMapping` is left out rather than typed through.
  const { replyMapping: _mapping, ...options } = connection
  return { client: ownedClient(new Redis({ ...storeDefaults, ...options })), owned: true }
}

// Duck-typed rather than `instanceof`, so a client from another copy of ioredis is accepted too.
function isRedisClient(value: RedisConnection): value is Redis | Redis<'resp3'> {
  const candidate = value as Partial<Record<'defineCommand' | 'evalsha' | 'quit', unknown>>
  return (
    typeof candidate.defineCommand === 'function' &&
    typeof candidate.evalsha === 'function' &&
    typeof candidate.quit === 'function'
  )
}

// Without a listener ioredis prints every reconnect error to the console; the store reports
// failures through its error policy instead.
function ownedClient(client: Redis): Redis {
  client.on('error', () => {})
  return client
}

/** Quits politely, and drops the socket if Redis is not there to answer QUIT. */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'end') return
  if (client.status !== 'ready') {
    client.disconnect()
    return
  }
  await client.quit().catch(() => client.disconnect())
}
