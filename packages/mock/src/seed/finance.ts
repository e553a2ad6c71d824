// Contracts, invoices, recurring invoices, quotations, items, purchase and sales orders.

import { pick } from '../mock/random.js'
import type { HaloRecord } from '../store/collection.js'
import { clientName, siteName, siteSeeds } from './organisation.js'
import { seed } from './seed-ids.js'

const activeSites = siteSeeds.filter((s) => s.client_id !== 16)

export function seedItems(): HaloRecord[] {
  return [
    ['Dell Latitude 5440 Laptop', 849, 1, 1],
    ['Lenovo ThinkPad T14 Laptop', 929, 3, 1],
    ['Dell 24" Monitor P2423', 179, 1, 0],
    ['Microsoft 365 Business Premium (monthly)', 18.1, 2, 0],
    ['Microsoft 365 Business Standard (monthly)', 10.3, 2, 0],
    ['Sophos Intercept X Advanced (annual)', 42, 5, 0],
    ['Managed Backup - per server (monthly)', 35, 3, 0],
    ['Onsite Engineer Day', 650, 0, 0],
    ['Remote Support Hour', 85, 0, 0],
    ['Cat6 Patch Lead 2m', 3.5, 3, 0],
    ['Yealink T54W Desk Phone', 159, 3, 0],
    ['Aruba Instant On AP22', 139, 3, 0],
    ['Business Broadband 900Mb (monthly)', 65, 4, 0],
    ['Zebra ZT411 Label Printer', 1795, 3, 4],
    ['Laptop Setup & Imaging', 120, 0, 0],
  ].map(([name, price, supplier, assettype], i) => ({
    id: i + 1,
    name: name as string,
    description: name as string,
    baseprice: price as number,
    costprice: Math.round((price as number) * 0.78 * 100) / 100,
    supplier_id: supplier as number,
    assettype_id: assettype as number,
    quantity_in_stock: 2 + ((i * 5) % 11),
    inactive: false,
    recurring: (name as string).includes('monthly') || (name as string).includes('annual'),
    taxcode: 1,
  }))
}

const items = seedItems()

function lines(id: number, n: number): HaloRecord[] {
  const out: HaloRecord[] = []
  for (let i = 0; i < n; i++) {
    const item = items[pick(id, 20 + i, items.length)] ?? items[0]
    const qty = 1 + pick(id, 40 + i, 5)
    const price = (item?.baseprice as number) ?? 0
    out.push({
      id: id * 10 + i + 1,
      item_id: item?.id ?? 0,
      item_code: `ITM${item?.id ?? 0}`,
      description: item?.name ?? '',
      quantity: qty,
      unit_price: price,
      net_amount: Math.round(qty * price * 100) / 100,
      tax_code: 1,
    })
  }
  return out
}

function totals(ls: HaloRecord[]): { total: number; tax_total: number } {
  const net = ls.reduce((s, l) => s + (l.net_amount as number), 0)
  return { total: Math.round(net * 1.2 * 100) / 100, tax_total: Math.round(net * 0.2 * 100) / 100 }
}

function customer(id: number): Record<string, string | number> {
  const site = activeSites[pick(id, 1, activeSites.length)] ?? activeSites[0]
  const clientId = site?.client_id ?? seed.clientId
  return {
    client_id: clientId,
    client_name: clientName(clientId),
    site_id: site?.id ?? seed.siteId,
    site_name: siteName(site?.id ?? seed.siteId),
  }
}

export function seedContracts(): HaloRecord[] {
  return [11, 12, 13, 14, 15, 11, 12, 15].map((clientId, i) => ({
    id: i + 1,
    client_id: clientId,
    client_name: clientName(clientId),
    ref: `MSA-${2024 + (i % 2)}-${String(i + 1).padStart(3, '0')}`,
    start_date: `202${4 + (i % 2)}-04-01T00:00:00`,
    end_date: `202${6 + (i % 2)}-03-31T00:00:00`,
    contract_status: i === 6 ? 2 : 0,
    expired: false,
    sla_id: clientId === 12 ? 2 : 1,
    billingdescription: i < 5 ? 'Managed Service Agreement' : 'Prepaid Support Hours',
    periodchargeamount: [1450, 2200, 3100, 480, 1900, 750, 600, 900][i] ?? 500,
    billingperiod: 1,
    site_id: 0,
    inactive: false,
  }))
}

export function seedInvoices(): HaloRecord[] {
  const out: HaloRecord[] = []
  for (let i = 0; i < 30; i++) {
    const id = seed.invoiceId + i
    const ls = lines(id, 1 + pick(id, 3, 3))
    out.push({
      id,
      ...customer(id),
      invoicenumber: `INV-${String(10450 + i)}`,
      invoice_date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-28T00:00:00`,
      due_date: `2025-${String(1 + ((i + 1) % 12)).padStart(2, '0')}-28T00:00:00`,
      posted: i < 24,
      sent_status: i < 20 ? 1 : 0,
      ticket_id: 0,
      contract_id: 0,
      lines: ls,
      ...totals(ls),
    })
  }
  return out
}

export function seedRecurringInvoices(): HaloRecord[] {
  return [11, 12, 13, 14, 15, 11].map((clientId, i) => {
    const id = seed.recurringInvoiceId + i
    const ls = lines(id, 2)
    return {
      id,
      client_id: clientId,
      client_name: clientName(clientId),
      site_id: activeSites.find((s) => s.client_id === clientId)?.id ?? 0,
      name: `Monthly managed services - ${clientName(clientId)}`,
      schedule: 'monthly',
      next_invoice_date: '2025-07-01T00:00:00',
      inactive: false,
      lines: ls,
      ...totals(ls),
    }
  })
}

export function seedQuotations(): HaloRecord[] {
  return Array.from({ length: 8 }, (_, i) => {
    const id = seed.quotationId + i
    const ls = lines(id, 2 + (i % 2))
    return {
      id,
      ...customer(id),
      title: [
        'Laptop refresh',
        'Wi-Fi upgrade',
        'Firewall renewal',
        'New starter kit',
        'Server replacement',
        'Phone system',
        'Backup expansion',
        'Monitor upgrade',
      ][i],
      date: `2025-0${1 + (i % 9)}-10T00:00:00`,
      expiry_date: `2025-0${1 + ((i + 1) % 9)}-10T00:00:00`,
      status: i % 3,
      ticket_id: 0,
      approvalstate: i % 3 === 2 ? 1 : 0,
      lines: ls,
      ...totals(ls),
    }
  })
}

export function seedPurchaseOrders(): HaloRecord[] {
  return Array.from({ length: 6 }, (_, i) => {
    const id = seed.purchaseOrderId + i
    const ls = lines(id, 2)
    return {
      id,
      ...customer(id),
      title: `PO for quotation ${seed.quotationId + i}`,
      supplier_id: 1 + (i % 5),
      po_ref: `PO-${3300 + i}`,
      status: i % 3,
      date: `2025-0${1 + i}-15T00:00:00`,
      lines: ls,
      ...totals(ls),
    }
  })
}

export function seedSalesOrders(): HaloRecord[] {
  return Array.from({ length: 6 }, (_, i) => {
    const id = seed.salesOrderId + i
    const ls = lines(id, 2)
    return {
      id,
      ...customer(id),
      summary: `Sales order ${i + 1}`,
      open_status: i < 4,
      quotation_id: seed.quotationId + i,
      date: `2025-0${1 + i}-12T00:00:00`,
      lines: ls,
      ...totals(ls),
    }
  })
}
