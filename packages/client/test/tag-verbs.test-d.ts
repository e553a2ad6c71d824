// The verbs on generated namespaces are typed like the hand-written resources' verbs.
import type { DashboardLink } from '@halo/reporting'
import { describe, expectTypeOf, it } from 'vitest'
import type { HaloClient, HaloList } from '../src/index.js'

declare const halo: HaloClient
declare const dashboards: readonly DashboardLink[]

describe('verbs on generated namespaces', () => {
  it('list answers a HaloList of the records, with the list operation’s filters', () => {
    expectTypeOf(halo.dashboardLinks.list()).toEqualTypeOf<HaloList<DashboardLink>>()
    halo.dashboardLinks.list({ limit: 5 })
    // @ts-expect-error not a filter of the list
    halo.dashboardLinks.list({ nope: 1 })
  })

  it('get and delete take the id first, then the rest of the params', () => {
    expectTypeOf(halo.dashboardLinks.get(3)).toEqualTypeOf<Promise<DashboardLink>>()
    halo.dashboardLinks.get(3, { includedetails: true })
    // @ts-expect-error the id is a number
    halo.dashboardLinks.get('3')
    expectTypeOf(halo.dashboardLinks.delete).parameter(0).toEqualTypeOf<number>()
  })

  it('upsert answers one record for one, an array for several, either for an array of unknown length', () => {
    expectTypeOf(halo.dashboardLinks.upsert([{ name: 'Wallboard' }])).toEqualTypeOf<Promise<DashboardLink>>()
    expectTypeOf(halo.dashboardLinks.upsert([{ name: 'a' }, { name: 'b' }])).toEqualTypeOf<
      Promise<DashboardLink[]>
    >()
    expectTypeOf(halo.dashboardLinks.upsert(dashboards)).toEqualTypeOf<
      Promise<DashboardLink | DashboardLink[]>
    >()
    // @ts-expect-error name is text
    halo.dashboardLinks.upsert([{ name: 1 }])
  })

  it('keeps the full generated names', () => {
    expectTypeOf(halo.dashboardLinks.listDashboardLinks()).toEqualTypeOf<HaloList<DashboardLink>>()
    expectTypeOf(halo.cabs.listCabs).toBeFunction()
  })

  it('gives no verb to a tag without an operation of its shape', () => {
    expectTypeOf(halo.health.getHealth).toBeFunction()
    // @ts-expect-error /Health has no list operation
    halo.health.list
  })
})
