import { describe, expect, it } from 'vitest'
import { isHaloRateLimitError } from '../../src/index.js'
import { stubCore, stubHalo } from '../hostile/support/stub-halo.js'

// One request per minute and no patience: any call that needs a second slot is refused at once
// (after 1 ms), so the outcome does not depend on how fast the machine is.
const oneSlot = { rateLimit: { requests: 1, windowMs: 60_000 }, maxRateLimitWaitMs: 1 } as const

describe('response cache and the rate limiter', () => {
  it('a cached answer takes no rate-limit slot, token or wire hook', async () => {
    const stub = stubHalo(() => Response.json([{ id: 1, name: 'New' }]))
    const wire: string[] = []
    const core = stubCore(stub, {
      ...oneSlot,
      cache: {},
      // The token request passes the hooks too; only the API's requests are counted here.
      hooks: { onRequest: (event) => (event.url.includes('/api/') ? wire.push(event.url) : undefined) },
    })
    // The first GET misses: it takes the window's only slot, and the answer is stored.
    expect(await core.get('/Status')).toEqual([{ id: 1, name: 'New' }])
    // Five more are answered from the cache; had any asked the limiter, it would have been refused.
    for (let call = 0; call < 5; call++) expect(await core.get('/Status')).toEqual([{ id: 1, name: 'New' }])
    expect(stub.requests).toHaveLength(1)
    expect(wire).toHaveLength(1)
    expect(stub.tokenRequests).toHaveLength(1)
  })

  it('the window is still spent by what the cache cannot answer', async () => {
    const stub = stubHalo(() => Response.json([{ id: 1 }]))
    const core = stubCore(stub, { ...oneSlot, cache: {} })
    await core.get('/Status')
    await core.get('/Status')
    // Not a cached collection: it needs a slot, and the window's only one went to the first GET.
    const error = await core.get('/Tickets').catch((caught: unknown) => caught)
    expect(isHaloRateLimitError(error)).toBe(true)
    expect(stub.requests.map((request) => new URL(request.url).pathname)).toEqual(['/api/Status'])
  })

  it('without a cache, the same repeated GET is held by the limiter', async () => {
    const stub = stubHalo(() => Response.json([{ id: 1 }]))
    const core = stubCore(stub, oneSlot)
    await core.get('/Status')
    const error = await core.get('/Status').catch((caught: unknown) => caught)
    expect(isHaloRateLimitError(error)).toBe(true)
    expect(stub.requests).toHaveLength(1)
  })
})
