import { HaloError } from '@halo/core'

const brand = Symbol.for('@halo/ratelimit-redis/HaloRedisStoreError')

/**
 * Redis did not answer a store operation. Carries the operation and the Redis error's message, never
 * a stored value, so it is safe to log.
 *
 * A `HaloError` (kind `'halo'`, no HTTP status), so one `isHaloError` check in an app's error
 * handling covers a failed shared store as well as a failed call to Halo.
 */
export class HaloRedisStoreError extends HaloError {
  override readonly name = 'HaloRedisStoreError'
  /** The store operation that failed, e.g. `'acquire'` or `'token get'`. */
  readonly operation: string

  constructor(operation: string, cause: unknown) {
    const reason = (cause instanceof Error ? cause.message : String(cause)).replace(/\.+$/, '')
    super(
      `Redis store ${operation} failed: ${reason}. Check that Redis is reachable (REDIS_URL, network, ACL); ` +
        `pass onRedisError: 'fail-open' to keep working without Redis.`,
      { cause },
    )
    this.operation = operation
    Object.defineProperty(this, brand, { value: true })
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), name: this.name, operation: this.operation }
  }
}

/** True for a `HaloRedisStoreError`, also one from a duplicate install of this package. */
export function isHaloRedisStoreError(value: unknown): value is HaloRedisStoreError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true
}
