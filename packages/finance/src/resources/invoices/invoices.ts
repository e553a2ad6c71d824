import type { HaloCore, RequestOptions } from '@halo/core'
import { type InvoiceDetail, updateInvoiceLines } from '../../generated/index.js'
import { generateInvoicePdf, type InvoicePdf } from './invoice-pdf.js'
import { invoiceResource } from './invoice-record.js'

/**
 * Invoices (`/Invoice`): `list`, `search`, `get`, `create`, `update`, `delete`, `createMany`,
 * `upsertMany`, and `pdf(id)`. Lines come back in lists only with `includelines: true`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { invoices } from '@halo/finance'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const northwind = await invoices(core).list({ client_id: 11, includelines: true })
 * const { bytes } = await invoices(core).pdf(7001)
 * console.log(northwind.length, bytes.length)
 * ```
 */
export function invoices(core: HaloCore) {
  return {
    ...invoiceResource.methods(core),
    /**
     * Generates the PDF of invoice `id` (`POST /Invoice/PDF/{id}`) and answers its bytes, like a report's
     * `generatePdf()`: `const { bytes } = await invoices(core).pdf(7001)`.
     */
    pdf(id: number, options?: RequestOptions): Promise<InvoicePdf> {
      return generateInvoicePdf(core, id, options)
    },
    /** Updates invoice lines in place (`POST /Invoice/updatelines`); each line carries its `id`. */
    updateLines(lines: readonly InvoiceDetail[], options?: RequestOptions): Promise<unknown> {
      return updateInvoiceLines(core, { body: lines }, options)
    },
  }
}

export type InvoicesResource = ReturnType<typeof invoices>
