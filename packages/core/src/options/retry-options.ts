/** How failed attempts are retried. See the reliability rules in the package README. */
export interface RetryOptions {
  /** Attempts after the first. */
  readonly retries: number
  /** First backoff delay before jitter. */
  readonly baseDelayMs: number
  /** Longest single wait, including a server's `Retry-After`. */
  readonly maxDelayMs: number
  /**
   * Replay a POST whose outcome is unknown (timeout or connection reset after sending). Off by
   * default: Halo POSTs create records and a duplicate ticket is data damage.
   */
  readonly retryUnsafeWrites: boolean
}
