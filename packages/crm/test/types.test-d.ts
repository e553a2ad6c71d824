import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import { type Agent, type Client, listAgents, listClients } from '../src/index.js'

declare const core: HaloCore

describe('generated operation types (crm)', () => {
  it('listClients filters by wire name and answers clients', () => {
    expectTypeOf(listClients(core, { search: 'acme' })).toEqualTypeOf<HaloList<Client>>()
    // @ts-expect-error search is text
    listClients(core, { search: true })
    // @ts-expect-error not a wire name
    listClients(core, { name: 'acme' })
  })

  it('listAgents (a bare-array list) filters by wire name and answers agents', () => {
    expectTypeOf(listAgents(core, { client_id: 3, includeroles: true })).toEqualTypeOf<HaloList<Agent>>()
    // @ts-expect-error includeroles is a boolean
    listAgents(core, { includeroles: 'yes' })
    // @ts-expect-error not a wire name
    listAgents(core, { teamId: 1 })
  })
})
