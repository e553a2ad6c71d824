import { recurringInvoiceCrud } from '../../generated/crud-definitions.js'

/** What `recurring-invoices(core)` hands out: recurring invoice records with their helpers, and the resource's methods. */
export const recurringInvoiceResource = /* @__PURE__ */ recurringInvoiceCrud.searchable()

export type { RecurringInvoiceHelpers, RecurringInvoiceRecord } from '../../generated/crud-definitions.js'
