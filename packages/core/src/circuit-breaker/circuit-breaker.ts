import type { HttpMethod } from '../operation/descriptor.js'
import type { CircuitBreakerOptions } from '../options/circuit-breaker-options.js'
import type { CompleteLogger } from '../redaction/redacting-logger.js'
import { HaloCircuitOpenError } from './halo-circuit-open-error.js'

/** Where a host's circuit stands. */
export type CircuitState = 'closed' | 'open' | 'half-open'

/**
 * How one attempt ended, as far as Halo's health goes:
 * - `failure`: 5xx, 408, a timeout or a connection error;
 * - `success`: any other answer (a 404 or 400 is the caller's problem, not Halo's);
 * - `neutral`: a 429 (Halo is up and pacing us; the rate limiter deals with it);
 * - `abandoned`: no verdict (the caller aborted, or the attempt failed before anything was sent).
 */
export type AttemptOutcome = 'success' | 'failure' | 'neutral' | 'abandoned'

/** Permission for one attempt; `report` once it ended (later reports are ignored). */
export interface CircuitPermit {
  report(outcome: AttemptOutcome): void
}

export interface CircuitBreaker {
  /** Lets one attempt at `host` through, or throws `HaloCircuitOpenError` without sending it. */
  admit(host: string, request: { readonly method: HttpMethod; readonly url: string }): CircuitPermit
  /** True when an attempt at `host` would be refused right now. */
  refuses(host: string): boolean
  /** The state of `host`'s circuit (an open circuit past its cool-down reads `half-open`). */
  state(host: string): CircuitState
}

export interface CreateCircuitBreakerOptions extends CircuitBreakerOptions {
  readonly logger: CompleteLogger
  /** Clock in epoch milliseconds; `Date.now` by default (fake timers drive it in tests). */
  readonly now?: () => number
}

interface HostCircuit {
  state: CircuitState
  /** Consecutive failures: the count that opened the circuit while open. */
  failures: number
  /** While open: when a probe may go through. */
  reopenAt: number
  /** While half-open: a probe is in flight. */
  probing: boolean
  /** Bumped at every state change, so a verdict reached under an older state is ignored. */
  generation: number
}

function duration(ms: number): string {
  return ms < 1000 ? `${Math.max(0, Math.round(ms))} ms` : `${Math.ceil(ms / 1000)} s`
}

function describe(method: HttpMethod, url: string): string {
  try {
    return `${method} ${new URL(url).pathname}`
  } catch {
    return method
  }
}

/**
 * A consecutive-failure circuit breaker per host (sony/gobreaker's model): closed until
 * `failureThreshold` attempts in a row fail, then open, refusing every call at once for
 * `cooldownMs`, then half-open: exactly one probe goes through while the others are still refused.
 * The probe's success closes the circuit; its failure opens it for another cool-down.
 *
 * Counting attempts rather than calls is deliberate: retries are what hammer a failing Halo, and
 * four callers each retrying three times against a dead instance already make sixteen attempts.
 */
export function createCircuitBreaker(options: CreateCircuitBreakerOptions): CircuitBreaker {
  const { failureThreshold, cooldownMs, logger } = options
  const now = options.now ?? (() => Date.now())
  const circuits = new Map<string, HostCircuit>()

  const circuitOf = (host: string): HostCircuit => {
    let circuit = circuits.get(host)
    if (circuit === undefined) {
      circuit = { state: 'closed', failures: 0, reopenAt: 0, probing: false, generation: 0 }
      circuits.set(host, circuit)
    }
    return circuit
  }

  const open = (host: string, circuit: HostCircuit): void => {
    const reopened = circuit.state === 'half-open'
    circuit.state = 'open'
    circuit.reopenAt = now() + cooldownMs
    circuit.probing = false
    circuit.generation += 1
    logger.warn(
      reopened
        ? `Halo at ${host} still fails; not calling it for another ${duration(cooldownMs)}`
        : `Halo at ${host} failed ${circuit.failures} times in a row; not calling it for ${duration(cooldownMs)}`,
      { host, failures: circuit.failures, cooldownMs },
    )
  }

  const close = (host: string, circuit: HostCircuit): void => {
    circuit.state = 'closed'
    circuit.failures = 0
    circuit.probing = false
    circuit.generation += 1
    logger.info(`Halo at ${host} answers again; calls resume`, { host })
  }

  /** Moves an open circuit whose cool-down is over to half-open. */
  const settle = (circuit: HostCircuit): void => {
    if (circuit.state === 'open' && now() >= circuit.reopenAt) {
      circuit.state = 'half-open'
      circuit.probing = false
      circuit.generation += 1
    }
  }

  const refusal = (
    host: string,
    circuit: HostCircuit,
    request: { readonly method: HttpMethod; readonly url: string },
  ): HaloCircuitOpenError => {
    const retryAfterMs = circuit.state === 'open' ? Math.max(0, circuit.reopenAt - now()) : 0
    const pause =
      circuit.state === 'open'
        ? `not calling it for ${duration(retryAfterMs)}`
        : 'one probe call is checking whether it recovered'
    return new HaloCircuitOpenError(
      `Halo at ${host} failed ${circuit.failures} times in a row; ${pause}, so ${describe(request.method, request.url)} was not sent. ` +
        "Check Halo's status and your network (or the instance's own status page); after the pause one call probes it, " +
        'and calls resume when it answers. Tune this with the circuitBreaker option.',
      { method: request.method, url: request.url, host, failures: circuit.failures, retryAfterMs },
    )
  }

  return {
    admit(host, request) {
      const circuit = circuitOf(host)
      settle(circuit)
      if (circuit.state === 'open' || (circuit.state === 'half-open' && circuit.probing)) {
        throw refusal(host, circuit, request)
      }
      const probe = circuit.state === 'half-open'
      if (probe) circuit.probing = true
      const generation = circuit.generation
      let reported = false
      return {
        report(outcome) {
          if (reported) return
          reported = true
          if (circuit.generation !== generation) return
          if (probe) {
            if (outcome === 'abandoned') circuit.probing = false
            else if (outcome === 'failure') {
              circuit.failures += 1
              open(host, circuit)
            } else close(host, circuit)
            return
          }
          if (outcome === 'success') circuit.failures = 0
          else if (outcome === 'failure') {
            circuit.failures += 1
            if (circuit.failures >= failureThreshold) open(host, circuit)
          }
        },
      }
    },

    refuses(host) {
      const circuit = circuits.get(host)
      if (circuit === undefined) return false
      settle(circuit)
      return circuit.state === 'open' || (circuit.state === 'half-open' && circuit.probing)
    },

    state(host) {
      const circuit = circuits.get(host)
      if (circuit === undefined) return 'closed'
      settle(circuit)
      return circuit.state
    },
  }
}
