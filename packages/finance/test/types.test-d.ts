import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import { type Invoice, listInvoices } from '../src/index.js'

declare const core: HaloCore

describe('generated operation types (finance)', () => {
  it('listInvoices filters by wire name and answers invoices', () => {
    expectTypeOf(listInvoices(core, { client_id: 12 })).toEqualTypeOf<HaloList<Invoice>>()
    // @ts-expect-error client_id is an int
    listInvoices(core, { client_id: '12' })
    // @ts-expect-error not a wire name
    listInvoices(core, { clientId: 12 })
  })
})
