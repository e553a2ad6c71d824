// Invoices, recurring invoices, quotations, items, purchase and sales orders, appointments.
import { json, notFound } from '../http/respond.js'
import type { RouteTable } from '../http/route-table.js'
import type { ListSpec } from '../listing/list-response.js'
import type { RouteHandler } from '../mock/context.js'
import { tinyPdf } from '../seed/files.js'
import type { HaloRecord } from '../store/collection.js'
import { storeFile } from './attachments.js'
import { type Fields, idParam, registerCrud } from './crud.js'

const customerFilters = { client_id: 'client_id', site_id: 'site_id', ticket_id: 'ticket_id' } as const

/** Lists drop invoice lines unless `includelines=true`; GET one always has them. */
const withoutLines =
  (includeParam: string) => (r: HaloRecord, ctx: { query: { bool(n: string): boolean } }) => {
    if (ctx.query.bool(includeParam)) return r
    const { lines: _lines, ...rest } = r
    return rest
  }

function totals(input: Fields): Fields {
  if (!Array.isArray(input.lines)) return input
  const lines = (input.lines as Fields[]).map((l, i) => {
    const qty = Number(l.quantity ?? 1)
    const price = Number(l.unit_price ?? l.baseprice ?? 0)
    return {
      id: i + 1,
      ...l,
      quantity: qty,
      unit_price: price,
      net_amount: Math.round(qty * price * 100) / 100,
    }
  })
  const net = lines.reduce((s, l) => s + l.net_amount, 0)
  return {
    ...input,
    lines,
    total: Math.round(net * 1.2 * 100) / 100,
    tax_total: Math.round(net * 0.2 * 100) / 100,
  }
}

export function registerFinance(table: RouteTable<RouteHandler>): void {
  const invoiceList: ListSpec<HaloRecord> = {
    key: 'invoices',
    filters: {
      ...customerFilters,
      contract_id: 'contract_id',
      postedonly: (r, v) => v.toLowerCase() !== 'true' || r.posted === true,
      notpostedonly: (r, v) => v.toLowerCase() !== 'true' || r.posted !== true,
    },
    search: ['invoicenumber', 'client_name'],
    view: withoutLines('includelines'),
  }
  registerCrud(table, {
    path: '/Invoice',
    label: 'Invoice',
    store: (s) => s.invoices,
    list: invoiceList,
    prepareCreate: totals,
    prepareUpdate: (_e, i) => totals(i),
  })
  // The invoice PDF: stored as an attachment, its id in `pdf_attachment_id` (as report PDFs are; the
  // live answer is undocumented, docs/halo-api.md "Finance").
  table.add('POST', '/Invoice/PDF/{id:int}', (ctx) => {
    const id = idParam(ctx)
    const invoice = id === undefined ? undefined : ctx.state.invoices.get(id)
    if (!invoice) return notFound('Invoice', ctx.params.id ?? '')
    const title = `Invoice ${String(invoice.invoicenumber ?? invoice.id)}`
    const lines = [`Client: ${String(invoice.client_name ?? '')}`, `Total: ${String(invoice.total ?? '')}`]
    const pdf = storeFile(ctx, `${title}.pdf`, 'application/pdf', tinyPdf(title, lines))
    return json(ctx.state.invoices.update(invoice.id, { pdf_attachment_id: pdf.id }))
  })
  registerCrud(table, {
    path: '/RecurringInvoice',
    label: 'Recurring Invoice',
    store: (s) => s.recurringInvoices,
    list: { ...invoiceList, search: ['name', 'client_name'] },
    prepareCreate: totals,
    prepareUpdate: (_e, i) => totals(i),
  })
  registerCrud(table, {
    path: '/Quotation',
    label: 'Quotation',
    store: (s) => s.quotations,
    list: {
      key: 'quotes',
      filters: customerFilters,
      search: ['title', 'client_name'],
      view: withoutLines('includelines'),
    },
    // `_create_so` is a command, not a field: it is acted on in afterWrite and not stored.
    prepareCreate: ({ _create_so: _command, ...input }) => totals(input),
    prepareUpdate: (_e, { _create_so: _command, ...input }) => totals(input),
    afterWrite: (quote, ctx, _created, input) => {
      // `_create_so: true` makes a sales order from the quotation once (docs/halo-api.md, "Finance").
      if (input._create_so !== true || Number(quote.salesorder_id ?? 0) > 0) return undefined
      const order = ctx.state.salesOrders.insert(
        totals({
          client_id: quote.client_id,
          client_name: quote.client_name,
          site_id: quote.site_id,
          ticket_id: quote.ticket_id,
          summary: quote.title,
          quotation_id: quote.id,
          ...(Array.isArray(quote.lines) ? { lines: quote.lines } : {}),
        }),
      )
      return ctx.state.quotations.update(quote.id, { salesorder_id: order.id })
    },
  })
  registerCrud(table, {
    path: '/Item',
    label: 'Item',
    store: (s) => s.items,
    list: {
      key: 'items',
      hidesInactive: true,
      filters: { supplier_id: 'supplier_id', assettype_id: 'assettype_id' },
      search: ['name', 'description'],
    },
  })
  registerCrud(table, {
    path: '/PurchaseOrder',
    label: 'Purchase Order',
    store: (s) => s.purchaseOrders,
    list: {
      key: 'purchaseorders',
      filters: { ...customerFilters, supplier_id: 'supplier_id', po_status: 'status' },
      search: ['title', 'po_ref'],
    },
    prepareCreate: totals,
  })
  registerCrud(table, {
    path: '/SalesOrder',
    label: 'Sales Order',
    store: (s) => s.salesOrders,
    list: { key: 'salesorders', filters: customerFilters, search: ['summary', 'client_name'] },
    prepareCreate: totals,
  })
  registerCrud(table, {
    path: '/Appointment',
    label: 'Appointment',
    store: (s) => s.appointments,
    list: {
      key: 'appointments',
      unpagedBare: true,
      filters: {
        ...customerFilters,
        agents: 'agent_id',
        agent_id: 'agent_id',
        start_date: (r, v) => String(r.end_date) >= v,
        end_date: (r, v) => String(r.start_date) <= v,
        hidecompleted: (r, v) => v.toLowerCase() !== 'true' || r.complete_status === 0,
      },
      search: ['subject'],
    },
  })
}
