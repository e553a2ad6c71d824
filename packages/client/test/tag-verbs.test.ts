// The common verbs on generated namespaces, against the simulated Halo: list, get(id), upsert(records),
// delete(id), each the tag's one operation of that shape, the full generated names beside them.
import { seed } from '@halo/mock'
import { describe, expect, it } from 'vitest'
import { allTagNamespaces } from '../src/index.js'
import { mockClient, useMockHalo } from './support/mock-halo.js'

const mock = useMockHalo()

describe('verbs on generated namespaces', () => {
  it('list, get, upsert and delete a dashboard through halo.dashboardLinks', async () => {
    const halo = mockClient()
    const dashboards = await halo.dashboardLinks.list()
    expect(dashboards.map((dashboard) => dashboard.id)).toContain(seed.dashboardId)

    const one = await halo.dashboardLinks.get(seed.dashboardId, { includedetails: true })
    expect(one.id).toBe(seed.dashboardId)
    expect(mock.requests.at(-1)?.query.includedetails).toBe('true')

    const created = await halo.dashboardLinks.upsert([{ name: 'Service desk wallboard' }])
    expect(Array.isArray(created)).toBe(false)
    expect(created.name).toBe('Service desk wallboard')
    expect(typeof created.id).toBe('number')

    const both = await halo.dashboardLinks.upsert([{ name: 'Finance' }, { name: 'Projects' }])
    expect(both.map((dashboard) => dashboard.name)).toEqual(['Finance', 'Projects'])

    await halo.dashboardLinks.delete(created.id as number)
    expect(mock.requests.at(-1)).toMatchObject({
      method: 'DELETE',
      path: `/api/DashboardLinks/${created.id}`,
    })
    expect((await halo.dashboardLinks.list()).map((dashboard) => dashboard.id)).not.toContain(created.id)
  })

  it('the id argument wins over an id in params, as on the hand-written resources', async () => {
    const halo = mockClient()
    const params = { id: 999_999, includedetails: true } as unknown as { includedetails: boolean }
    expect((await halo.dashboardLinks.get(seed.dashboardId, params)).id).toBe(seed.dashboardId)
  })

  it('keeps every generated name beside the verbs', async () => {
    const halo = mockClient()
    for (const name of Object.keys(allTagNamespaces.dashboardLinks.operations))
      expect(typeof (halo.dashboardLinks as unknown as Record<string, unknown>)[name]).toBe('function')
    const byName = await halo.dashboardLinks.getDashboardLink({ id: seed.dashboardId })
    expect(byName.id).toBe(seed.dashboardId)
    expect(Object.isFrozen(halo.dashboardLinks)).toBe(true)
  })

  it('gives a verb only to the tags with exactly one operation of its shape', () => {
    const verbs = (name: keyof typeof allTagNamespaces) =>
      Object.keys((allTagNamespaces[name] as { verbs?: object }).verbs ?? {}).sort()
    expect(verbs('dashboardLinks')).toEqual(['delete', 'get', 'list', 'upsert'])
    const withVerbs = Object.values(allTagNamespaces).filter((namespace) => 'verbs' in namespace)
    expect(withVerbs.length).toBeGreaterThan(200)
  })
})
