import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import { postNotifyTwilio } from '../src/index.js'

declare const core: HaloCore

describe('generated operation types (integrations)', () => {
  it('multipart operations take form fields or a FormData', () => {
    expectTypeOf(postNotifyTwilio(core, { body: new FormData() })).toEqualTypeOf<Promise<unknown>>()
    postNotifyTwilio(core, { body: { collection: [{ key: 'From', value: ['+441234'] }] } })
    // @ts-expect-error the fields are Halo's key/value pairs
    postNotifyTwilio(core, { body: { collection: 'From=+441234' } })
    // @ts-expect-error the body is required
    postNotifyTwilio(core, {})
  })
  it('HaloList is only for lists', () => {
    expectTypeOf(postNotifyTwilio(core, { body: new FormData() })).not.toEqualTypeOf<HaloList<unknown>>()
  })
})
