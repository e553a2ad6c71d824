import { describe, expectTypeOf, it } from 'vitest'
import type { HaloCore, HaloResponse } from '../../src/index.js'

declare const core: HaloCore

describe('withResponse types', () => {
  it('the overloads type the answer by the option', () => {
    expectTypeOf(core.get<{ id: number }>('/Tickets/5', { withResponse: true })).toEqualTypeOf<
      Promise<HaloResponse<{ id: number }>>
    >()
    expectTypeOf(core.get<{ id: number }>('/Tickets/5')).toEqualTypeOf<Promise<{ id: number }>>()
    expectTypeOf(core.get<{ id: number }>('/Tickets/5', { query: { a: 1 } })).toEqualTypeOf<
      Promise<{ id: number }>
    >()
    expectTypeOf(core.post<number[]>('/Tickets', [], { withResponse: true })).toEqualTypeOf<
      Promise<HaloResponse<number[]>>
    >()
    expectTypeOf(core.delete('/Tickets/5', { withResponse: true })).toEqualTypeOf<
      Promise<HaloResponse<unknown>>
    >()
    expectTypeOf<HaloResponse<number>>().toHaveProperty('headers').toEqualTypeOf<Headers>()
    expectTypeOf<HaloResponse<number>>().toHaveProperty('requestId').toEqualTypeOf<string>()
  })
})
