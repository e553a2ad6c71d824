import { describe, expectTypeOf, it } from 'vitest'
import type {
  AccessToken,
  HaloClient,
  HaloCore,
  HaloList,
  HaloResponse,
  OperationDescriptor,
} from '../src/index.js'

declare const halo: HaloClient
declare const operation: OperationDescriptor
type Row = { readonly id: number }
const withResponse = { withResponse: true } as const

// HaloClient's raw calls are HaloCore's: each overload answers the same on a client as on a core.
describe('HaloClient raw calls', () => {
  it('are typed as HaloCore declares them', () => {
    expectTypeOf<HaloClient['get']>().toEqualTypeOf<HaloCore['get']>()
    expectTypeOf<HaloClient['post']>().toEqualTypeOf<HaloCore['post']>()
    expectTypeOf<HaloClient['put']>().toEqualTypeOf<HaloCore['put']>()
    expectTypeOf<HaloClient['patch']>().toEqualTypeOf<HaloCore['patch']>()
    expectTypeOf<HaloClient['delete']>().toEqualTypeOf<HaloCore['delete']>()
    expectTypeOf<HaloClient['request']>().toEqualTypeOf<HaloCore['request']>()
    expectTypeOf<HaloClient['list']>().toEqualTypeOf<HaloCore['list']>()
    expectTypeOf<HaloClient['paginate']>().toEqualTypeOf<HaloCore['paginate']>()
    expectTypeOf<HaloClient['getAccessToken']>().toEqualTypeOf<HaloCore['getAccessToken']>()
  })

  it('answer the body, or with { withResponse: true } the response, from every verb', () => {
    expectTypeOf(halo.get<Row>('/Status')).toEqualTypeOf<Promise<Row>>()
    expectTypeOf(halo.get<Row>('/Status', { withResponse: false })).toEqualTypeOf<Promise<Row>>()
    expectTypeOf(halo.get<Row>('/Status', withResponse)).toEqualTypeOf<Promise<HaloResponse<Row>>>()
    expectTypeOf(halo.post<Row>('/Tickets', [{}])).toEqualTypeOf<Promise<Row>>()
    expectTypeOf(halo.post<Row>('/Tickets', [{}], withResponse)).toEqualTypeOf<Promise<HaloResponse<Row>>>()
    expectTypeOf(halo.put<Row>('/Tickets', [])).toEqualTypeOf<Promise<Row>>()
    expectTypeOf(halo.put<Row>('/Tickets', [], withResponse)).toEqualTypeOf<Promise<HaloResponse<Row>>>()
    expectTypeOf(halo.patch<Row>('/Tickets')).toEqualTypeOf<Promise<Row>>()
    expectTypeOf(halo.patch<Row>('/Tickets', [], withResponse)).toEqualTypeOf<Promise<HaloResponse<Row>>>()
    expectTypeOf(halo.delete<Row>('/Tickets/5')).toEqualTypeOf<Promise<Row>>()
    expectTypeOf(halo.delete<Row>('/Tickets/5', withResponse)).toEqualTypeOf<Promise<HaloResponse<Row>>>()
    expectTypeOf(halo.get('/Status')).toEqualTypeOf<Promise<unknown>>()
  })

  it('call operations, page and hand out the token as a core does', () => {
    expectTypeOf(halo.request<Row>(operation, { id: 5 })).toEqualTypeOf<Promise<Row>>()
    expectTypeOf(halo.list<Row>(operation, { limit: 5 })).toEqualTypeOf<HaloList<Row>>()
    expectTypeOf(halo.paginate<Row>('/Tickets', { listKey: 'tickets' })).toEqualTypeOf<HaloList<Row>>()
    expectTypeOf(halo.getAccessToken()).toEqualTypeOf<Promise<AccessToken>>()
    // @ts-expect-error withResponse is true or false
    halo.get<Row>('/Status', { withResponse: 'yes' })
  })
})
