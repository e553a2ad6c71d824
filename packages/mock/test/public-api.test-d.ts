import type { RequestHandler } from 'msw'
import { describe, expectTypeOf, it } from 'vitest'
import {
  createHaloMock,
  type FaultSpec,
  type HaloMock,
  type HaloState,
  type LoggedRequest,
  type RunningHaloMock,
  seed,
  startHaloMock,
} from '../src/index.js'
import { haloHandlers } from '../src/msw.js'

describe('public types', () => {
  it('createHaloMock / haloHandlers / startHaloMock', () => {
    const mock = createHaloMock({ ticketCount: 737, rateLimit: { requests: 300, windowMs: 300_000 } })
    expectTypeOf(mock).toEqualTypeOf<HaloMock>()
    expectTypeOf(mock.handle).toEqualTypeOf<(request: Request) => Promise<Response>>()
    expectTypeOf(mock.state).toEqualTypeOf<HaloState>()
    expectTypeOf(mock.requests).toEqualTypeOf<readonly LoggedRequest[]>()
    const handlers = haloHandlers(mock)
    expectTypeOf(handlers).toMatchTypeOf<RequestHandler[]>()
    expectTypeOf(handlers.mock).toEqualTypeOf<HaloMock>()
    expectTypeOf(startHaloMock({ port: 0 })).toEqualTypeOf<Promise<RunningHaloMock>>()
  })

  it('faults are a discriminated union', () => {
    expectTypeOf<{ kind: 'latency'; ms: number }>().toMatchTypeOf<FaultSpec>()
    expectTypeOf<{ kind: 'status'; status: 503; times: 2 }>().toMatchTypeOf<FaultSpec>()
    expectTypeOf<{ kind: 'latency' }>().not.toMatchTypeOf<FaultSpec>()
    expectTypeOf<{ kind: 'explode' }>().not.toMatchTypeOf<FaultSpec>()
  })

  it('seed ids are literal constants', () => {
    expectTypeOf(seed.ticketTypeId).toEqualTypeOf<1>()
    expectTypeOf(seed.ticketId).toEqualTypeOf<1001>()
  })

  it('stores are typed', () => {
    const mock = createHaloMock()
    expectTypeOf(mock.state.tickets.get(1)?.summary).toEqualTypeOf<string | undefined>()
    expectTypeOf(mock.state.priorities[0]?.id).toEqualTypeOf<string | undefined>()
  })
})
