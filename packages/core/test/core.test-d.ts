import { describe, expectTypeOf, it } from 'vitest'
import {
  buildAuthorizeUrl,
  createHaloCore,
  createPkcePair,
  type EntitySchemaLoader,
  type EntitySchemas,
  type HaloCore,
  type HaloCoreOptions,
  type HaloError,
  type HaloList,
  type HaloRateLimitError,
  type HaloValidationError,
  haloOptionsFromEnv,
  isHaloError,
  isHaloRateLimitError,
  type OperationDescriptor,
  type PkcePair,
  type RateLimitStore,
} from '../src/index.js'

declare const core: HaloCore
declare const operation: OperationDescriptor

describe('public types', () => {
  it('schemas are a record or a loader; a rate-limit store may settle', () => {
    expectTypeOf<EntitySchemas>().toExtend<NonNullable<HaloCoreOptions['schemas']>>()
    expectTypeOf<EntitySchemaLoader>().toExtend<NonNullable<HaloCoreOptions['schemas']>>()
    expectTypeOf<EntitySchemaLoader>().returns.toEqualTypeOf<Promise<EntitySchemas>>()
    expectTypeOf<RateLimitStore['settle']>().toEqualTypeOf<
      ((key: string) => Promise<void> | void) | undefined
    >()
    // @ts-expect-error: a loader answers a promise
    createHaloCore({ baseUrl: 'https://x', clientId: 'a', clientSecret: 'b', schemas: () => ({}) })
  })

  it('createHaloCore takes HaloCoreOptions and answers a HaloCore', () => {
    expectTypeOf(createHaloCore).parameter(0).toEqualTypeOf<HaloCoreOptions>()
    expectTypeOf(
      createHaloCore({ baseUrl: 'https://x', clientId: 'a', clientSecret: 'b' }),
    ).toEqualTypeOf<HaloCore>()
    expectTypeOf(createHaloCore.fromEnv()).toEqualTypeOf<HaloCore>()
    expectTypeOf(haloOptionsFromEnv()).toEqualTypeOf<HaloCoreOptions>()
  })

  it('rejects unknown option values', () => {
    // @ts-expect-error validate is 'off' | 'warn' | 'strict'
    createHaloCore({ baseUrl: 'https://x', clientId: 'a', clientSecret: 'b', validate: 'loud' })
    // @ts-expect-error rateLimit is an object or false
    createHaloCore({ baseUrl: 'https://x', clientId: 'a', clientSecret: 'b', rateLimit: true })
    // @ts-expect-error baseUrl is required
    createHaloCore({ clientId: 'a', clientSecret: 'b' })
  })

  it('raw calls and requests answer unknown unless typed, never any', () => {
    expectTypeOf(core.get('/Tickets')).toEqualTypeOf<Promise<unknown>>()
    expectTypeOf(core.get<{ id: number }>('/Tickets/1')).toEqualTypeOf<Promise<{ id: number }>>()
    expectTypeOf(core.post('/Tickets', [{}])).toEqualTypeOf<Promise<unknown>>()
    expectTypeOf(core.request(operation)).toEqualTypeOf<Promise<unknown>>()
    expectTypeOf(core.request(operation)).not.toBeAny()
    expectTypeOf(core.list<{ id: number }>(operation)).toEqualTypeOf<HaloList<{ id: number }>>()
    expectTypeOf(core.paginate('/Tickets')).toEqualTypeOf<HaloList<unknown>>()
  })

  it('lists are awaitable and async-iterable', async () => {
    const list = core.list<{ id: number }>(operation)
    expectTypeOf(await list).toEqualTypeOf<{ id: number }[]>()
    for await (const record of list) expectTypeOf(record).toEqualTypeOf<{ id: number }>()
  })

  it('predicates narrow', () => {
    const error: unknown = new Error('x')
    if (isHaloRateLimitError(error)) {
      expectTypeOf(error).toEqualTypeOf<HaloRateLimitError>()
      expectTypeOf(error.retryAfter).toEqualTypeOf<number | undefined>()
    }
    if (isHaloError(error)) expectTypeOf(error.status).toEqualTypeOf<number | undefined>()
    expectTypeOf<HaloValidationError['errors']>().toEqualTypeOf<
      Readonly<Record<string, readonly string[]>> | undefined
    >()
    expectTypeOf<HaloRateLimitError>().toMatchTypeOf<HaloError>()
  })

  it('OAuth helpers', () => {
    expectTypeOf(createPkcePair()).toEqualTypeOf<Promise<PkcePair>>()
    expectTypeOf(buildAuthorizeUrl).returns.toEqualTypeOf<string>()
    // @ts-expect-error authUrl or baseUrl is required
    buildAuthorizeUrl({ clientId: 'a', redirectUri: 'r', codeChallenge: 'c' })
  })
})
