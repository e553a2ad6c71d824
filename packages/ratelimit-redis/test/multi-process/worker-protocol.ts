/** What the multi-process test and its workers say to each other over the fork IPC channel. */

/** Given to each worker as JSON in `argv[2]`. */
export interface WorkerConfig {
  readonly baseUrl: string
  readonly clientId: string
  readonly clientSecret: string
  readonly redisUrl: string
  readonly rateLimitPrefix: string
  readonly tokenPrefix: string
  readonly rateLimit: { readonly requests: number; readonly windowMs: number }
  /** Requests this worker sends in the timed phase. */
  readonly requests: number
  /** The stores' policy when Redis fails (default fail-closed). */
  readonly onRedisError?: 'fail-open' | 'fail-closed'
  /** The rate-limit store's `fallbackShare`. */
  readonly fallbackShare?: number
}

export type ParentMessage = { readonly type: 'go' } | { readonly type: 'exit' }

export type WorkerMessage =
  /** Connected to Redis and holding a token (from the shared store or its own login). */
  | { readonly type: 'ready' }
  | { readonly type: 'done'; readonly report: WorkerReport }
  | { readonly type: 'failed'; readonly error: string }

export interface WorkerReport {
  readonly succeeded: number
  /** Error class and message of every call that failed (there should be none). */
  readonly errors: readonly string[]
  /** 429 answers this worker saw, retries included. */
  readonly responses429: number
  readonly firstRequestAt: number
  readonly lastResponseAt: number
}
