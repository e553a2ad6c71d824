import { describe, expectTypeOf, it } from 'vitest'
import {
  type CircuitBreakerOptions,
  DEFAULT_CIRCUIT_BREAKER,
  type HaloCircuitOpenError,
  type HaloCoreOptions,
  type HaloError,
  type HaloErrorKind,
  isHaloCircuitOpenError,
} from '../../src/index.js'

describe('circuit breaker types', () => {
  it('the option takes part of the settings, or false', () => {
    expectTypeOf<HaloCoreOptions['circuitBreaker']>().toEqualTypeOf<
      Partial<CircuitBreakerOptions> | false | undefined
    >()
    expectTypeOf(DEFAULT_CIRCUIT_BREAKER).toEqualTypeOf<CircuitBreakerOptions>()
    // @ts-expect-error: a threshold is a number
    const wrong: HaloCoreOptions['circuitBreaker'] = { failureThreshold: '10' }
    expectTypeOf(wrong).not.toBeNever()
  })

  it('the predicate narrows to a HaloError with host, failures and retryAfterMs', () => {
    const error: unknown = undefined
    if (isHaloCircuitOpenError(error)) {
      expectTypeOf(error).toEqualTypeOf<HaloCircuitOpenError>()
      expectTypeOf(error).toExtend<HaloError>()
      expectTypeOf(error.host).toEqualTypeOf<string>()
      expectTypeOf(error.failures).toEqualTypeOf<number>()
      expectTypeOf(error.retryAfterMs).toEqualTypeOf<number>()
    }
    expectTypeOf<'circuit_open'>().toExtend<HaloErrorKind>()
  })
})
