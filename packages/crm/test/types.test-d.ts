import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import { type Client, listClients } from '../src/index.js'

declare const core: HaloCore

describe('generated operation types (crm)', () => {
  it('listClients filters by wire name and answers clients', () => {
    expectTypeOf(listClients(core, { search: 'acme' })).toEqualTypeOf<HaloList<Client>>()
    // @ts-expect-error search is text
    listClients(core, { search: true })
    // @ts-expect-error not a wire name
    listClients(core, { name: 'acme' })
  })
})
