import type { RequestOptions } from '@halo/core'
import type { CrudRecordHelpersOf } from '@halo/core/resource'
import { invoiceCrud } from '../../generated/crud-definitions.js'
import type { Invoice } from '../../generated/index.js'
import { generateInvoicePdf, type InvoicePdf } from './invoice-pdf.js'

/** The helper an invoice adds to `update`, `delete` and `refresh`. */
interface InvoiceExtras {
  /** Generates the invoice's PDF (`POST /Invoice/PDF/{id}`) and answers its bytes. */
  pdf(options?: RequestOptions): Promise<InvoicePdf>
}

/** Helpers on an invoice returned by `invoices(core)`. */
export interface InvoiceHelpers extends CrudRecordHelpersOf<typeof invoiceCrud>, InvoiceExtras {}

/** An invoice: Halo's `InvoiceHeader` fields, plus non-enumerable helpers. */
export type InvoiceRecord = Invoice & InvoiceHelpers

/** What `invoices(core)` hands out: invoice records with their helpers, and the resource's methods. */
export const invoiceResource = /* @__PURE__ */ invoiceCrud
  .withExtras<InvoiceExtras, InvoiceRecord>((core, _invoice, { id }) => ({
    pdf: async (options) => generateInvoicePdf(core, id('pdf') as number, options),
  }))
  .searchable()
