/**
 * Asks a raw call for the whole answer rather than its body:
 * `core.get('/Tickets/5', { withResponse: true })` resolves to a `HaloResponse`.
 */
export interface WithResponseOption {
  readonly withResponse: true
}

/** A successful raw call's whole answer, for callers that need more than the body. */
export interface HaloResponse<T> {
  /** The body, read as `responseType` asks (parsed JSON by default). */
  readonly data: T
  readonly status: number
  /** Halo's response headers (`Content-Type`, rate-limit headers, …) as it sent them. */
  readonly headers: Headers
  /** The call's id, as its hooks saw it. */
  readonly requestId: string
}
