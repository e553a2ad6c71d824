/**
 * When to stop calling a failing Halo. Counted per host: the API host and the authorisation
 * server's host each have their own circuit.
 */
export interface CircuitBreakerOptions {
  /**
   * Consecutive failed attempts (5xx, 408, timeouts, connection errors) that open the circuit.
   * Any other answer, 4xx included, resets the count; a 429 neither counts nor resets.
   */
  readonly failureThreshold: number
  /** How long an open circuit refuses calls before one probe call is let through. */
  readonly cooldownMs: number
}
