import type { HaloCore, HaloList } from '@halo/core'
import type { UpsertInChunksResult } from '@halo/core/resource'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type ClientContract,
  type Company,
  type ContractRecord,
  type ContractsResource,
  contracts,
  type Invoice,
  type InvoicePdf,
  type InvoiceRecord,
  type InvoicesResource,
  type ItemRecord,
  invoices,
  items,
  type PurchaseOrderRecord,
  purchaseOrders,
  type QuotationConversion,
  type QuotationRecord,
  quotations,
  type RecurringInvoiceRecord,
  recurringInvoices,
  type SalesOrderRecord,
  type SupplierRecord,
  salesOrders,
  suppliers,
} from '../src/index.js'

declare const core: HaloCore
declare const invoice: InvoiceRecord
declare const contract: ContractRecord
declare const quote: QuotationRecord

describe('finance resource types', () => {
  it('invoices: common methods typed by the generated operations', () => {
    expectTypeOf(invoices(core)).toEqualTypeOf<InvoicesResource>()
    expectTypeOf(invoices(core).list({ client_id: 12, includelines: true })).toEqualTypeOf<
      HaloList<InvoiceRecord>
    >()
    expectTypeOf(invoices(core).search('INV-1', { limit: 10 })).toEqualTypeOf<HaloList<InvoiceRecord>>()
    expectTypeOf(invoices(core).get(7001, { includedetails: true })).toEqualTypeOf<Promise<InvoiceRecord>>()
    expectTypeOf(invoices(core).create({ client_id: 12 })).toEqualTypeOf<Promise<InvoiceRecord>>()
    expectTypeOf(invoices(core).create([{ client_id: 12 }])).toEqualTypeOf<Promise<InvoiceRecord[]>>()
    expectTypeOf(invoices(core).update(7001, { notes_1: 'x' })).toEqualTypeOf<Promise<InvoiceRecord>>()
    expectTypeOf(invoices(core).createMany([{ client_id: 12 }])).toEqualTypeOf<
      Promise<UpsertInChunksResult<Invoice, InvoiceRecord>>
    >()
    expectTypeOf(invoices(core).pdf(7001)).toEqualTypeOf<Promise<InvoicePdf>>()
    expectTypeOf<InvoicePdf['bytes']>().toEqualTypeOf<Uint8Array>()
    expectTypeOf<InvoicePdf['attachmentId']>().toEqualTypeOf<number | null>()
    invoices(core).pdf(7001, { signal: AbortSignal.timeout(1000), timeoutMs: undefined })
    // @ts-expect-error the invoice id is a number
    invoices(core).pdf('7001')
    invoices(core).delete(7001, { bypass_accounts_sync: true })
    // @ts-expect-error client_id is an int
    invoices(core).list({ client_id: '12' })
    // @ts-expect-error not a wire name
    invoices(core).list({ clientId: 12 })
    // @ts-expect-error not an invoice field
    invoices(core).create({ clientId: 12 })
  })

  it('records keep wire fields and carry update/delete/refresh', () => {
    expectTypeOf(invoice).toMatchTypeOf<Invoice>()
    expectTypeOf(invoice.client_id).toEqualTypeOf<number | null | undefined>()
    expectTypeOf(invoice.update({ notes_1: 'Paid' })).toEqualTypeOf<Promise<InvoiceRecord>>()
    expectTypeOf(invoice.refresh({ params: { includedetails: true } })).toEqualTypeOf<
      Promise<InvoiceRecord>
    >()
    expectTypeOf(invoice.delete()).toEqualTypeOf<Promise<unknown>>()
    expectTypeOf(invoice.pdf()).toEqualTypeOf<Promise<InvoicePdf>>()
    // @ts-expect-error refresh takes the get parameters, not arbitrary keys
    invoice.refresh({ params: { includelines: true } })
  })

  it('each resource answers its own record type', () => {
    expectTypeOf(recurringInvoices(core).list()).toEqualTypeOf<HaloList<RecurringInvoiceRecord>>()
    expectTypeOf(recurringInvoices(core).process([7501])).toEqualTypeOf<Promise<unknown>>()
    expectTypeOf(quotations(core).get(8001)).toEqualTypeOf<Promise<QuotationRecord>>()
    expectTypeOf(quotations(core).approve({ id: 8001, result: true })).toEqualTypeOf<Promise<unknown>>()
    expectTypeOf(quotations(core).convertToSalesOrder(8001)).toEqualTypeOf<
      Promise<QuotationConversion<QuotationRecord>>
    >()
    expectTypeOf(quote.convertToSalesOrder()).toEqualTypeOf<Promise<QuotationConversion<QuotationRecord>>>()
    expectTypeOf<QuotationConversion<QuotationRecord>['salesOrderId']>().toEqualTypeOf<number>()
    // @ts-expect-error the quotation id is a number
    quotations(core).convertToSalesOrder('8001')
    expectTypeOf(purchaseOrders(core).list({ supplier_id: 1 })).toEqualTypeOf<HaloList<PurchaseOrderRecord>>()
    expectTypeOf(salesOrders(core).get(9501)).toEqualTypeOf<Promise<SalesOrderRecord>>()
    expectTypeOf(items(core).search('laptop')).toEqualTypeOf<HaloList<ItemRecord>>()
    expectTypeOf(suppliers(core).get(1)).toEqualTypeOf<Promise<SupplierRecord>>()
    expectTypeOf<SupplierRecord>().toMatchTypeOf<Company>()
    expectTypeOf(contracts(core)).toEqualTypeOf<ContractsResource>()
    expectTypeOf(contracts(core).nextRef({ client_id: 12 })).toEqualTypeOf<Promise<unknown>>()
    expectTypeOf(contract).toMatchTypeOf<ClientContract>()
    // @ts-expect-error process takes ids
    recurringInvoices(core).process(['7501'])
  })
})
