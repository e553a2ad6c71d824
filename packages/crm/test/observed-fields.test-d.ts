// The fields live Halo sends beyond the spec (tools/codegen/overlay/observed-fields.json) are part of the
// generated models, nested types included.
import { describe, expectTypeOf, it } from 'vitest'
import type { Client, Site, User } from '../src/index.js'

declare const user: User
declare const site: Site

describe('observed fields in the generated models (crm)', () => {
  it('a user carries their site, and the site its client', () => {
    expectTypeOf(user.site?.client?.name).toEqualTypeOf<string | null | undefined>()
    expectTypeOf(site.client).toEqualTypeOf<Client | null | undefined>()
  })
})
