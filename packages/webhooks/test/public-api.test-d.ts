import type { HaloCore } from '@halo/core'
import type { Action, Ticket } from '@halo/tickets'
import { describe, expectTypeOf, it } from 'vitest'
import {
  createWebhookHandler,
  type HaloWebhookEvent,
  type HaloWebhookInfo,
  listWebhooks,
  type RegisteredWebhook,
  registerWebhook,
  toNodeListener,
  verifyHaloWebhook,
} from '../src/index.js'

describe('public types', () => {
  it('narrows an event to its typed records', () => {
    const event = {} as HaloWebhookEvent
    if (event.type === 'ticket') expectTypeOf(event.ticket).toEqualTypeOf<Ticket>()
    if (event.type === 'action') {
      expectTypeOf(event.action).toEqualTypeOf<Action>()
      expectTypeOf(event.ticket).toEqualTypeOf<Ticket | undefined>()
    }
    if (event.type === 'unknown') expectTypeOf(event.ticket).toEqualTypeOf<undefined>()
    expectTypeOf(event.payload).toEqualTypeOf<Readonly<Record<string, unknown>>>()
    expectTypeOf(event.json).toBeUnknown()
  })

  it('has the contract signatures', () => {
    expectTypeOf(verifyHaloWebhook).returns.toEqualTypeOf<Promise<HaloWebhookEvent>>()
    expectTypeOf(createWebhookHandler).returns.toEqualTypeOf<(request: Request) => Promise<Response>>()
    expectTypeOf(registerWebhook).parameter(0).toEqualTypeOf<HaloCore>()
    expectTypeOf(registerWebhook).returns.toEqualTypeOf<Promise<RegisteredWebhook>>()
    expectTypeOf(listWebhooks).returns.toEqualTypeOf<Promise<HaloWebhookInfo[]>>()
    expectTypeOf(toNodeListener).returns.toBeFunction()
  })

  it('refuses what the contract does not allow', () => {
    // @ts-expect-error: an algorithm Halo does not offer
    verifyHaloWebhook(new Request('https://x.test'), { hmac: { secret: 's', algorithm: 'md5' } })
    // @ts-expect-error: registerWebhook cannot set up HMAC (no record field for the secret)
    registerWebhook({} as HaloCore, { url: 'https://x.test', events: ['a'], auth: { type: 'hmac' } })
  })
})
