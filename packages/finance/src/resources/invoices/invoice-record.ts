import type { HaloCore, RequestOptions } from '@halo/core'
import { type RecordHelpers, recordHelpers, recordIdOf, withMethods } from '@halo/core/resource'
import {
  createInvoicePdf,
  type DeleteInvoiceParams,
  deleteInvoice,
  type GetInvoiceParams,
  getInvoice,
  type Invoice,
  upsertInvoices,
} from '../../generated/index.js'

/** Helpers on an invoice returned by `invoices(core)`. */
export interface InvoiceHelpers extends RecordHelpers<Invoice, GetInvoiceParams, DeleteInvoiceParams> {
  /** Asks Halo to generate the invoice's PDF (`POST /Invoice/PDF/{id}`); answers Halo's reply. */
  pdf(options?: RequestOptions): Promise<unknown>
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
      createInvoicePdf(core, { id: recordIdOf(invoice, 'invoice') as number }, options),
  })
}
