import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { dashboards } from '../../src/index.js'

const { mock, core } = useHaloMock()

describe('dashboards(core)', () => {
  it('lists dashboards from the dashboards envelope', async () => {
    const all = await dashboards(core()).list()
    expect(all.map((d) => d.name)).toEqual(['Service Desk Overview', 'Asset Management'])
    expect(apiRequests(mock, 'GET /DashboardLinks')[0]?.query.pageinate).toBe('true')
  })

  it('has no search: /DashboardLinks takes no search parameter', () => {
    expect('search' in dashboards(core())).toBe(false)
  })

  it('gets one dashboard with its widgets', async () => {
    const overview = await dashboards(core()).get(seed.dashboardId, { includedetails: true })
    expect(overview.widgets?.map((w) => w.report_id)).toEqual([1, 4])
    expect(Object.keys(overview)).not.toContain('refresh')
  })

  it('creates, updates, refreshes and deletes', async () => {
    const created = await dashboards(core()).create({ name: 'Finance' })
    expect(mock.state.dashboards.get(created.id ?? 0)?.name).toBe('Finance')
    const renamed = await created.update({ name: 'Finance KPIs' })
    expect(renamed.name).toBe('Finance KPIs')
    expect((await dashboards(core()).update(created.id ?? 0, { in_app: false })).in_app).toBe(false)
    expect((await created.refresh()).in_app).toBe(false)
    await renamed.delete()
    expect(mock.state.dashboards.get(created.id ?? 0)).toBeUndefined()
    await dashboards(core()).delete(2)
    expect(mock.state.dashboards.get(2)).toBeUndefined()
  })
})
