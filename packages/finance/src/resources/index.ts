// The record helpers are @halo/core's `RecordHelpers`; this name is kept for existing imports.
export type { RecordHelpers as FinanceRecordHelpers } from '@halo/core/resource'
export type { ContractHelpers, ContractRecord } from './contracts/contract-record.js'
export { type ContractsResource, contracts } from './contracts/contracts.js'
export type { InvoicePdf } from './invoices/invoice-pdf.js'
export type { InvoiceHelpers, InvoiceRecord } from './invoices/invoice-record.js'
export { type InvoicesResource, invoices } from './invoices/invoices.js'
export type { ItemHelpers, ItemRecord } from './items/item-record.js'
export { type ItemsResource, items } from './items/items.js'
export type { PurchaseOrderHelpers, PurchaseOrderRecord } from './purchase-orders/purchase-order-record.js'
export { type PurchaseOrdersResource, purchaseOrders } from './purchase-orders/purchase-orders.js'
export type { QuotationConversion } from './quotations/quotation-conversion.js'
export type { QuotationExtras, QuotationHelpers, QuotationRecord } from './quotations/quotation-record.js'
export { type QuotationsResource, quotations } from './quotations/quotations.js'
export type {
  RecurringInvoiceHelpers,
  RecurringInvoiceRecord,
} from './recurring-invoices/recurring-invoice-record.js'
export { type RecurringInvoicesResource, recurringInvoices } from './recurring-invoices/recurring-invoices.js'
export type { SalesOrderHelpers, SalesOrderRecord } from './sales-orders/sales-order-record.js'
export { type SalesOrdersResource, salesOrders } from './sales-orders/sales-orders.js'
export type { SupplierHelpers, SupplierRecord } from './suppliers/supplier-record.js'
export { type SuppliersResource, suppliers } from './suppliers/suppliers.js'
