import { HALO_ERROR_KIND, type HaloErrorKind } from '../errors/error-kind.js'
import { HaloError, type HaloErrorDetails } from '../errors/halo-error.js'

/**
 * The call was not sent: Halo at `host` failed too many times in a row, and the client is giving
 * it a pause instead of piling more requests on a struggling (or unreachable) instance.
 */
export class HaloCircuitOpenError extends HaloError {
  /** The host that keeps failing (`acme.halopsa.com`). */
  readonly host: string
  /** Consecutive failed attempts that opened the circuit. */
  readonly failures: number
  /**
   * Milliseconds until a probe call may go through; 0 when a probe is already checking whether
   * Halo recovered (try again in a moment).
   */
  readonly retryAfterMs: number

  constructor(
    message: string,
    details: HaloErrorDetails & {
      readonly host: string
      readonly failures: number
      readonly retryAfterMs: number
    },
  ) {
    super(message, details)
    this.host = details.host
    this.failures = details.failures
    this.retryAfterMs = details.retryAfterMs
  }

  protected override kind(): HaloErrorKind {
    return 'circuit_open'
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), host: this.host, failures: this.failures, retryAfterMs: this.retryAfterMs }
  }
}

/** True when a call was refused because Halo's circuit is open, whichever copy of `@halo/core` threw it. */
export function isHaloCircuitOpenError(value: unknown): value is HaloCircuitOpenError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [HALO_ERROR_KIND]?: unknown })[HALO_ERROR_KIND] === 'circuit_open'
  )
}
