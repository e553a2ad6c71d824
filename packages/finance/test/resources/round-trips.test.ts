// list / search / get / create / update / delete round trips of every finance resource on the mock.
import type { HaloCore } from '@halo/core'
import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import {
  contracts,
  invoices,
  items,
  purchaseOrders,
  quotations,
  recurringInvoices,
  salesOrders,
  suppliers,
} from '../../src/index.js'

const { mock, core } = useHaloMock({ core: { retry: false } })

interface Case {
  name: string
  // biome-ignore lint/suspicious/noExplicitAny: the table spans eight resources of different record types
  resource: (core: HaloCore) => any
  path: string
  seededId: number
  seededCount: () => number
  listFilter: Record<string, unknown>
  searchTerm: string
  draft: Record<string, unknown>
  patch: Record<string, unknown>
}

const cases: Case[] = [
  {
    name: 'invoices',
    resource: invoices,
    path: '/Invoice',
    seededId: seed.invoiceId,
    seededCount: () => mock.state.invoices.size,
    listFilter: { client_id: seed.clientId },
    searchTerm: 'INV-10450',
    draft: { client_id: seed.clientId, lines: [{ item_id: seed.itemId, qty_order: 2, unit_price: 50 }] },
    patch: { notes_1: 'Paid by card' },
  },
  {
    name: 'recurringInvoices',
    resource: recurringInvoices,
    path: '/RecurringInvoice',
    seededId: seed.recurringInvoiceId,
    seededCount: () => mock.state.recurringInvoices.size,
    listFilter: { client_id: seed.clientId },
    searchTerm: 'Monthly managed services',
    draft: { client_id: seed.clientId, name: 'Backup service', lines: [{ qty_order: 1, unit_price: 30 }] },
    patch: { name: 'Backup service (annual)' },
  },
  {
    name: 'quotations',
    resource: quotations,
    path: '/Quotation',
    seededId: seed.quotationId,
    seededCount: () => mock.state.quotations.size,
    listFilter: { client_id: seed.clientId },
    searchTerm: 'Laptop refresh',
    draft: {
      client_id: seed.clientId,
      title: 'Docking stations',
      lines: [{ qty_order: 4, unit_price: 120 }],
    },
    patch: { title: 'Docking stations (USB-C)' },
  },
  {
    name: 'purchaseOrders',
    resource: purchaseOrders,
    path: '/PurchaseOrder',
    seededId: seed.purchaseOrderId,
    seededCount: () => mock.state.purchaseOrders.size,
    listFilter: { supplier_id: seed.supplierId },
    searchTerm: 'PO-3300',
    draft: { supplier_id: seed.supplierId, title: 'Docks', lines: [{ qty_order: 4, unit_price: 90 }] },
    patch: { title: 'Docks (urgent)' },
  },
  {
    name: 'salesOrders',
    resource: salesOrders,
    path: '/SalesOrder',
    seededId: seed.salesOrderId,
    seededCount: () => mock.state.salesOrders.size,
    listFilter: { client_id: seed.clientId },
    searchTerm: 'Sales order 1',
    draft: {
      client_id: seed.clientId,
      summary: 'Docks for Leeds',
      lines: [{ qty_order: 4, unit_price: 140 }],
    },
    patch: { summary: 'Docks for Leeds and Hull' },
  },
  {
    name: 'items',
    resource: items,
    path: '/Item',
    seededId: seed.itemId,
    seededCount: () => mock.state.items.size,
    listFilter: {},
    searchTerm: 'Laptop',
    draft: { name: 'USB-C dock', baseprice: 90, supplier_id: seed.supplierId },
    patch: { baseprice: 95 },
  },
  {
    name: 'contracts',
    resource: contracts,
    path: '/ClientContract',
    seededId: seed.contractId,
    seededCount: () => mock.state.contracts.size,
    listFilter: { client_id: seed.clientId },
    searchTerm: 'MSA-2024-001',
    draft: { client_id: seed.clientId, ref: 'MSA-2026-100', billingdescription: 'Backup add-on' },
    patch: { billingdescription: 'Backup add-on (10 TB)' },
  },
  {
    name: 'suppliers',
    resource: suppliers,
    path: '/Supplier',
    seededId: seed.supplierId,
    seededCount: () => mock.state.suppliers.size,
    listFilter: {},
    searchTerm: 'Dell',
    draft: { name: 'Acme Cables Ltd', email_address: 'orders@acme-cables.example' },
    patch: { phone_number: '0113 496 0000' },
  },
]

describe.each(cases)('$name', (c) => {
  it('lists every matching record with a filter, decorated', async () => {
    const records = await c.resource(core()).list(c.listFilter)
    expect(records.length).toBeGreaterThan(0)
    for (const [key, value] of Object.entries(c.listFilter)) {
      for (const record of records) expect(record[key]).toBe(value)
    }
    expect(typeof records[0].update).toBe('function')
    // helpers are not data
    expect(Object.keys(records[0])).not.toContain('update')
    expect(JSON.parse(JSON.stringify(records[0]))).toEqual({ ...records[0] })
    const [listed] = apiRequests(mock, `GET ${c.path}`)
    expect(listed?.query.pageinate).toBe('true')
  })

  it('searches with the search filter', async () => {
    const found = await c.resource(core()).search(c.searchTerm, { limit: 5 })
    expect(found.length).toBeGreaterThan(0)
    expect(found.length).toBeLessThanOrEqual(5)
    expect(apiRequests(mock, `GET ${c.path}`).at(-1)?.query.search).toBe(c.searchTerm)
  })

  it('gets one record by id and refreshes it', async () => {
    const resource = c.resource(core())
    const record = await resource.get(c.seededId)
    expect(record.id).toBe(c.seededId)
    const again = await record.refresh({ includedetails: true })
    expect(again.id).toBe(c.seededId)
    expect(apiRequests(mock, `GET ${c.path}/{id:int}`).at(-1)?.query.includedetails).toBe('true')
  })

  it('creates, updates (resource and record) and deletes', async () => {
    const resource = c.resource(core())
    const before = c.seededCount()
    const created = await resource.create(c.draft)
    expect(created.id).toBeGreaterThan(0)
    expect(c.seededCount()).toBe(before + 1)
    const [post] = apiRequests(mock, `POST ${c.path}`)
    expect(post?.body).toEqual([c.draft])

    const [key, value] = Object.entries(c.patch)[0] as [string, unknown]
    const updated = await created.update(c.patch)
    expect(updated[key]).toEqual(value)
    expect(apiRequests(mock, `POST ${c.path}`).at(-1)?.body).toEqual([{ ...c.patch, id: created.id }])

    const viaResource = await resource.update(created.id, { [key]: value })
    expect(viaResource.id).toBe(created.id)

    await created.delete()
    expect(c.seededCount()).toBe(before)
    await expect(resource.get(created.id)).rejects.toMatchObject({ status: 404 })
  })

  it('creates many in one POST per 100, results in input order', async () => {
    const resource = c.resource(core())
    const drafts = [c.draft, c.draft, c.draft]
    const result = await resource.createMany(drafts)
    expect(result.records).toHaveLength(3)
    expect(new Set(result.records.map((r: { id: number }) => r.id)).size).toBe(3)
    expect(apiRequests(mock, `POST ${c.path}`)).toHaveLength(1)
  })
})
