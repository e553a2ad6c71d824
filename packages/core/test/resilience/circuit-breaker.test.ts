import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createCircuitBreaker } from '../../src/circuit-breaker/circuit-breaker.js'
import { HaloCircuitOpenError, isHaloCircuitOpenError, isHaloError } from '../../src/index.js'
import type { CompleteLogger } from '../../src/redaction/redacting-logger.js'

const HOST = 'acme.halopsa.com'
const GET = { method: 'GET', url: `https://${HOST}/api/Tickets` } as const

function recordingLogger(): CompleteLogger & { readonly lines: string[] } {
  const lines: string[] = []
  const log = (message: string) => {
    lines.push(message)
  }
  return { lines, debug: log, info: log, warn: log, error: log }
}

function breaker(failureThreshold = 3, cooldownMs = 10_000) {
  const logger = recordingLogger()
  return { logger, circuit: createCircuitBreaker({ failureThreshold, cooldownMs, logger }) }
}

function fail(circuit: ReturnType<typeof breaker>['circuit'], times: number, host = HOST): void {
  for (let index = 0; index < times; index++) circuit.admit(host, GET).report('failure')
}

function refusal(action: () => unknown): HaloCircuitOpenError {
  try {
    action()
  } catch (error) {
    if (isHaloCircuitOpenError(error)) return error
    throw error
  }
  throw new Error('expected the circuit to refuse')
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-01-01T00:00:00Z'))
})
afterEach(() => vi.useRealTimers())

describe('circuit breaker (unit)', () => {
  it('opens after failureThreshold failures in a row and refuses with a typed, explanatory error', () => {
    const { circuit, logger } = breaker(3, 30_000)
    fail(circuit, 2)
    expect(circuit.state(HOST)).toBe('closed')
    fail(circuit, 1)
    expect(circuit.state(HOST)).toBe('open')
    expect(circuit.refuses(HOST)).toBe(true)
    const error = refusal(() => circuit.admit(HOST, GET))
    expect(error).toBeInstanceOf(HaloCircuitOpenError)
    expect(isHaloError(error)).toBe(true)
    expect(error.name).toBe('HaloCircuitOpenError')
    expect(error.host).toBe(HOST)
    expect(error.failures).toBe(3)
    expect(error.retryAfterMs).toBe(30_000)
    expect(error.message).toContain(`Halo at ${HOST} failed 3 times in a row; not calling it for 30 s`)
    expect(error.message).toContain('GET /api/Tickets was not sent')
    expect(error.message).toContain("Check Halo's status")
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      kind: 'circuit_open',
      host: HOST,
      failures: 3,
      retryAfterMs: 30_000,
    })
    expect(logger.lines.some((line) => line.includes('failed 3 times in a row'))).toBe(true)
  })

  it('counts consecutive failures only: a success resets the count, a 429 (neutral) neither counts nor resets', () => {
    const { circuit } = breaker(3)
    fail(circuit, 2)
    circuit.admit(HOST, GET).report('success')
    fail(circuit, 2)
    circuit.admit(HOST, GET).report('neutral')
    circuit.admit(HOST, GET).report('abandoned')
    expect(circuit.state(HOST)).toBe('closed')
    fail(circuit, 1)
    expect(circuit.state(HOST)).toBe('open')
  })

  it('keeps one circuit per host', () => {
    const { circuit } = breaker(2)
    fail(circuit, 2, 'auth.example.test')
    expect(circuit.state('auth.example.test')).toBe('open')
    expect(circuit.state(HOST)).toBe('closed')
    expect(() => circuit.admit(HOST, GET)).not.toThrow()
  })

  it('after the cool-down lets exactly one probe through; its success closes the circuit', () => {
    const { circuit, logger } = breaker(2, 10_000)
    fail(circuit, 2)
    vi.advanceTimersByTime(9_999)
    expect(refusal(() => circuit.admit(HOST, GET)).retryAfterMs).toBe(1)
    vi.advanceTimersByTime(1)
    expect(circuit.state(HOST)).toBe('half-open')
    const probe = circuit.admit(HOST, GET)
    const waiting = refusal(() => circuit.admit(HOST, GET))
    expect(waiting.retryAfterMs).toBe(0)
    expect(waiting.message).toContain('one probe call is checking whether it recovered')
    probe.report('success')
    expect(circuit.state(HOST)).toBe('closed')
    expect(() => circuit.admit(HOST, GET)).not.toThrow()
    expect(logger.lines.some((line) => line.includes('answers again'))).toBe(true)
    // Closed again with a fresh count.
    fail(circuit, 1)
    expect(circuit.state(HOST)).toBe('closed')
  })

  it('a failed probe re-opens the circuit for another cool-down', () => {
    const { circuit } = breaker(2, 10_000)
    fail(circuit, 2)
    vi.advanceTimersByTime(10_000)
    circuit.admit(HOST, GET).report('failure')
    expect(circuit.state(HOST)).toBe('open')
    const error = refusal(() => circuit.admit(HOST, GET))
    expect(error.retryAfterMs).toBe(10_000)
    expect(error.failures).toBe(3)
    vi.advanceTimersByTime(10_000)
    circuit.admit(HOST, GET).report('neutral') // a 429 proves Halo is up
    expect(circuit.state(HOST)).toBe('closed')
  })

  it('an abandoned probe (caller aborted) lets the next call probe', () => {
    const { circuit } = breaker(1, 1_000)
    fail(circuit, 1)
    vi.advanceTimersByTime(1_000)
    circuit.admit(HOST, GET).report('abandoned')
    expect(circuit.state(HOST)).toBe('half-open')
    const probe = circuit.admit(HOST, GET)
    probe.report('success')
    probe.report('failure') // a second report is ignored
    expect(circuit.state(HOST)).toBe('closed')
  })

  it('ignores verdicts of attempts admitted before the circuit changed state', () => {
    const { circuit } = breaker(2, 1_000)
    const early = circuit.admit(HOST, GET)
    const late = circuit.admit(HOST, GET)
    fail(circuit, 2)
    early.report('success') // in flight when the circuit opened: not a probe, no say
    expect(circuit.state(HOST)).toBe('open')
    vi.advanceTimersByTime(1_000)
    const probe = circuit.admit(HOST, GET)
    late.report('failure')
    expect(circuit.state(HOST)).toBe('half-open')
    probe.report('success')
    expect(circuit.state(HOST)).toBe('closed')
  })

  it('predicates work on a branded error from another copy of the package', () => {
    const foreign = { [Symbol.for('halo.error.kind')]: 'circuit_open' }
    expect(isHaloCircuitOpenError(foreign)).toBe(true)
    expect(isHaloError(foreign)).toBe(true)
    expect(isHaloCircuitOpenError(new Error('x'))).toBe(false)
    expect(isHaloCircuitOpenError(null)).toBe(false)
  })

  it('says milliseconds for pauses under a second', () => {
    const { circuit } = breaker(1, 500)
    fail(circuit, 1)
    expect(refusal(() => circuit.admit(HOST, GET)).message).toContain('not calling it for 500 ms')
  })
})
