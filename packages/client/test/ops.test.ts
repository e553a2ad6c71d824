import { operationDescriptors as admin } from '@halo/admin'
import { operationDescriptors as assets } from '@halo/assets'
import { operationDescriptors as crm } from '@halo/crm'
import { operationDescriptors as finance } from '@halo/finance'
import { operationDescriptors as integrations } from '@halo/integrations'
import { operationDescriptors as kb } from '@halo/kb'
import { seed } from '@halo/mock'
import { operationDescriptors as reporting } from '@halo/reporting'
import { operationDescriptors as tickets } from '@halo/tickets'
import { describe, expect, it } from 'vitest'
import {
  allOperations,
  allTagNamespaces,
  type HaloTag,
  namespaceOfTag,
  type OperationDescriptor,
} from '../src/index.js'
import { mockClient, useMockHalo } from './support/mock-halo.js'

const mock = useMockHalo()

const descriptors: readonly OperationDescriptor[] = [
  ...tickets,
  ...assets,
  ...kb,
  ...reporting,
  ...finance,
  ...crm,
  ...admin,
  ...integrations,
]

describe('halo.ops', () => {
  it('holds every one of the 1216 operations, by generated name', () => {
    const halo = mockClient()
    expect(descriptors).toHaveLength(1216)
    expect(Object.keys(halo.ops)).toHaveLength(1216)
    expect(Object.keys(halo.ops).sort()).toEqual(descriptors.map((descriptor) => descriptor.name).sort())
    expect(Object.keys(allOperations)).toHaveLength(1216)
  })

  it('binds each operation to the client (params and options pass through)', async () => {
    const halo = mockClient()
    const ticket = await halo.ops.getTicket({ id: seed.ticketId, includedetails: true })
    expect(ticket.id).toBe(seed.ticketId)
    expect(mock.requests.at(-1)?.query.includedetails).toBe('true')
    const open = await halo.ops.listTickets({ client_id: seed.clientId, limit: 2 })
    expect(open).toHaveLength(2)
    const aborted = new AbortController()
    aborted.abort()
    await expect(halo.ops.listStatuses({}, { signal: aborted.signal })).rejects.toThrow()
  })

  it('reaches operations of every domain package', async () => {
    const halo = mockClient()
    expect((await halo.ops.getAsset({ id: seed.assetId })).id).toBe(seed.assetId) // @halo/assets
    expect((await halo.ops.getKbArticle({ id: seed.kbArticleId })).id).toBe(seed.kbArticleId) // @halo/kb
    expect((await halo.ops.getReport({ id: seed.reportId })).id).toBe(seed.reportId) // @halo/reporting
    expect((await halo.ops.getInvoice({ id: seed.invoiceId })).id).toBe(seed.invoiceId) // @halo/finance
    expect((await halo.ops.getClient({ id: seed.clientId })).id).toBe(seed.clientId) // @halo/crm
    expect(Array.isArray(await halo.ops.listOutcomes())).toBe(true) // @halo/admin
    const integration = descriptors.find(
      (d) => d.method === 'GET' && !d.path.includes('{') && integrations.includes(d),
    )
    if (integration === undefined) throw new Error('no parameterless GET in @halo/integrations')
    const call = halo.ops[integration.name as keyof typeof halo.ops] as (
      params?: object,
    ) => PromiseLike<unknown>
    await call({})
    expect(mock.requests.at(-1)?.path.toLowerCase()).toBe(`/api${integration.path}`.toLowerCase())
  })

  it('is frozen', () => {
    const halo = mockClient()
    expect(Object.isFrozen(halo.ops)).toBe(true)
  })
})

describe('halo.resourceNames', () => {
  it('lists the hand-written resources, each attached to the client', () => {
    const halo = mockClient()
    for (const name of ['tickets', 'ticketTypes', 'assets', 'kbArticles', 'reports', 'clients', 'outcomes'])
      expect(halo.resourceNames).toContain(name)
    for (const name of halo.resourceNames) {
      expect(typeof (halo as unknown as Record<string, unknown>)[name]).toBe('object')
    }
    expect(new Set(halo.resourceNames).size).toBe(halo.resourceNames.length)
  })

  it('has a namespace for every one of the 297 API tags', () => {
    const halo = mockClient()
    const tags = new Set(descriptors.map((descriptor) => descriptor.tag))
    expect(tags.size).toBe(297)
    const names = new Set<string>(halo.resourceNames)
    const uncovered = [...tags].filter((tag) => !names.has(namespaceOfTag[tag as HaloTag]))
    expect(uncovered).toEqual([])
    expect(Object.keys(namespaceOfTag)).toHaveLength(297)
  })

  it('attaches a generated namespace, bound to the client, where no hand-written resource has its name', async () => {
    const halo = mockClient()
    expect(halo.resourceNames).toContain('dashboardLinks')
    expect(Object.keys(halo.dashboardLinks).sort()).toEqual(
      [
        ...Object.keys(allTagNamespaces.dashboardLinks.operations),
        ...Object.keys(allTagNamespaces.dashboardLinks.verbs),
      ].sort(),
    )
    const dashboards = await halo.dashboardLinks.listDashboardLinks()
    expect(dashboards.map((dashboard) => dashboard.id)).toContain(seed.dashboardId)
    expect((await halo.clientContracts.getClientContract({ id: seed.contractId })).id).toBe(seed.contractId)
  })

  it('keeps the hand-written resource where a generated namespace has the same name', () => {
    const halo = mockClient()
    expect(allTagNamespaces.tickets.tag).toBe('Faults')
    expect(typeof halo.tickets.create).toBe('function')
    expect(halo.resourceNames.filter((name) => name === 'tickets')).toHaveLength(1)
    // Every generated namespace's operations stay reachable through halo.ops.
    for (const name of Object.keys(allTagNamespaces.tickets.operations)) expect(halo.ops).toHaveProperty(name)
  })

  it('lists each operation in exactly one tag namespace', () => {
    const inNamespaces = Object.values(allTagNamespaces).flatMap((namespace) =>
      Object.keys(namespace.operations),
    )
    expect(inNamespaces).toHaveLength(1216)
    expect(new Set(inNamespaces).size).toBe(1216)
  })
})
