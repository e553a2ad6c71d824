import { randomUUID } from 'node:crypto'
import { testServerUrl } from '@halo/test-support/server-context'

/** The server the global setup found, `''` if none (then this file fails under CI and skips elsewhere). */
export const redisUrl = testServerUrl('@halo/webhooks', 'redis')
export const redisAvailable = redisUrl !== ''

/** A key prefix of its own per test, so parallel files never share deliveries. */
export const uniquePrefix = (name: string) => `test:webhooks:${name}:${randomUUID().slice(0, 8)}:`
