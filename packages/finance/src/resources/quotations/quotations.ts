import type { HaloCore, RequestOptions } from '@halo/core'
import { postQuotationApproval, type Quotation, type QuotationApproval } from '../../generated/index.js'
import { convertQuotationToSalesOrder, type QuotationConversion } from './quotation-conversion.js'
import { type QuotationRecord, quotationResource } from './quotation-record.js'

/**
 * Quotations (`/Quotation`, envelope `quotes`): `list`, `search`, `get`, `create`, `update`,
 * `delete`, `createMany`, `upsertMany`, `approve(approval)` and `convertToSalesOrder(id)`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { quotations } from '@halo/finance'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const quote = await quotations(core).create({
 *   client_id: 11,
 *   title: 'Docking stations',
 *   lines: [{ item_id: 1, name: 'USB-C dock', baseprice: 120 }],
 * })
 * const laptopQuotes = await quotations(core).search('laptop')
 * const { salesOrderId } = await quotations(core).convertToSalesOrder(quote.id as number)
 * console.log(laptopQuotes.length, salesOrderId)
 * ```
 */
export function quotations(core: HaloCore) {
  const decorate = (quotation: Quotation): QuotationRecord => quotationResource.record(core, quotation)
  return {
    ...quotationResource.methods(core),
    /** Records a customer's answer to a quotation (`POST /Quotation/Approval`): `{ id, result, … }`. */
    approve(approval: QuotationApproval, options?: RequestOptions): Promise<unknown> {
      return postQuotationApproval(core, { body: [approval] }, options)
    },
    /**
     * Makes a sales order from quotation `id` (`POST /Quotation [{ id, _create_so: true }]`) and answers
     * the quotation as Halo returned it with the new `salesOrderId`. Halo's spec offers no direct
     * conversion to an invoice.
     */
    convertToSalesOrder(id: number, options?: RequestOptions): Promise<QuotationConversion<QuotationRecord>> {
      return convertQuotationToSalesOrder(core, id, decorate, options)
    },
  }
}

export type QuotationsResource = ReturnType<typeof quotations>
