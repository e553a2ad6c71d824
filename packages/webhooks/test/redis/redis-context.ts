import { randomUUID } from 'node:crypto'
import { inject } from 'vitest'

/** The server the global setup found, `''` if none (possible only outside CI). */
export const redisUrl = inject('webhooksRedisUrl')
export const redisAvailable = redisUrl !== ''
if (!redisAvailable) console.warn(`@halo/webhooks: Redis tests skipped: ${inject('webhooksRedisMissing')}`)

/** A key prefix of its own per test, so parallel files never share deliveries. */
export const uniquePrefix = (name: string) => `test:webhooks:${name}:${randomUUID().slice(0, 8)}:`
