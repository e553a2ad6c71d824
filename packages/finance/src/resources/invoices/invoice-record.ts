import type { HaloCore, RequestOptions } from '@halo/core'
import { type RecordHelpers, recordHelpers, recordIdOf, withMethods } from '@halo/core/resource'
import {
  type DeleteInvoiceParams,
  deleteInvoice,
  type GetInvoiceParams,
  getInvoice,
  type Invoice,
  upsertInvoices,
} from '../../generated/index.js'
import { generateInvoicePdf, type InvoicePdf } from './invoice-pdf.js'

/** Helpers on an invoice returned by `invoices(core)`. */
export interface InvoiceHelpers extends RecordHelpers<Invoice, GetInvoiceParams, DeleteInvoiceParams> {
  /** Generates the invoice's PDF (`POST /Invoice/PDF/{id}`) and answers its bytes. */
  pdf(options?: RequestOptions): Promise<InvoicePdf>
}

/** An invoice: Halo's `InvoiceHeader` fields, plus non-enumerable helpers. */
export type InvoiceRecord = Invoice & InvoiceHelpers

export function invoiceRecord(core: HaloCore, invoice: Invoice): InvoiceRecord {
  const decorate = (entity: Invoice) => invoiceRecord(core, entity)
  return withMethods(invoice, {
    ...recordHelpers(
      core,
      invoice,
      'invoice',
      { get: getInvoice, upsert: upsertInvoices, remove: deleteInvoice },
      decorate,
    ),
    pdf: async (options?: RequestOptions) =>
      generateInvoicePdf(core, recordIdOf(invoice, 'invoice', 'pdf') as number, options),
  })
}
