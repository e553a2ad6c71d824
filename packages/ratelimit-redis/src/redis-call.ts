import type { HaloLogger } from '@halo/core'
import type { Redis } from 'ioredis'
import { HaloRedisStoreError } from './redis-store-error.js'
import type { RedisErrorPolicy } from './store-options.js'

/** How a store runs one Redis round trip. */
export interface RedisCallPolicy {
  readonly client: Redis
  readonly onRedisError: RedisErrorPolicy
  readonly timeoutMs: number
  readonly logger: HaloLogger | undefined
}

/**
 * Runs `call` within the time limit. A failure becomes a `HaloRedisStoreError` (fail-closed), or
 * is logged and replaced by `openAnswer` (fail-open).
 */
export async function callRedis<T>(
  policy: RedisCallPolicy,
  operation: string,
  call: () => Promise<T>,
  openAnswer: () => T,
): Promise<T> {
  try {
    assertConnectionUsable(policy.client)
    return await withTimeout(call(), policy.timeoutMs, operation)
  } catch (cause) {
    const error = new HaloRedisStoreError(operation, cause)
    if (policy.onRedisError === 'fail-closed') throw error
    policy.logger?.warn?.(`${error.message} Continuing without Redis (onRedisError: 'fail-open').`, {
      operation,
    })
    return openAnswer()
  }
}

/*
 * While ioredis is reconnecting, a command would wait in its offline queue for the next attempt
 * (up to seconds, growing with each failure). Redis is known to be down then, so the policy acts at
 * once instead. A connection still being opened for the first time is waited for.
 */
function assertConnectionUsable(client: Redis): void {
  const status = client.status
  if (status === 'reconnecting' || status === 'close' || status === 'end') {
    throw new Error(`the Redis connection is ${status === 'reconnecting' ? 'down, reconnecting' : 'closed'}`)
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, operation: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms (${operation})`)), timeoutMs)
    // A pending store call must not keep a finished process alive.
    timer.unref()
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
