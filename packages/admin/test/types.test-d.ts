import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import { type Agent, listAgents } from '../src/index.js'

declare const core: HaloCore

describe('generated operation types (admin)', () => {
  it('listAgents (a bare-array list) filters by wire name and answers agents', () => {
    expectTypeOf(listAgents(core, { client_id: 3, includeroles: true })).toEqualTypeOf<HaloList<Agent>>()
    // @ts-expect-error includeroles is a boolean
    listAgents(core, { includeroles: 'yes' })
    // @ts-expect-error not a wire name
    listAgents(core, { teamId: 1 })
  })
})
