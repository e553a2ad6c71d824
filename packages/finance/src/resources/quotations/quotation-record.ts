import type { RequestOptions } from '@halo/core'
import type { CrudRecordHelpersOf, CrudRecordOf } from '@halo/core/resource'
import { quotationCrud } from '../../generated/crud-definitions.js'
import { convertQuotationToSalesOrder, type QuotationConversion } from './quotation-conversion.js'

/** The helpers a quotation adds to `update`, `delete` and `refresh`. */
export interface QuotationExtras {
  /**
   * Makes a sales order from this quotation (`POST /Quotation [{ id, _create_so: true }]`) and answers
   * the quotation as Halo returned it with the new `salesOrderId`.
   */
  convertToSalesOrder(options?: RequestOptions): Promise<QuotationConversion<QuotationRecord>>
}

/** Helpers on a quotation returned by `quotations(core)`. */
export type QuotationHelpers = QuotationExtras & CrudRecordHelpersOf<typeof quotationCrud>

/** A quotation: every wire field Halo sent, plus non-enumerable helpers. */
export type QuotationRecord = CrudRecordOf<typeof quotationCrud> & QuotationExtras

/** What `quotations(core)` hands out: quotation records with their helpers, and the resource's methods. */
export const quotationResource = /* @__PURE__ */ quotationCrud
  .withExtras<QuotationExtras, QuotationRecord>((core, _quotation, { id, decorate }) => ({
    convertToSalesOrder: async (options) =>
      convertQuotationToSalesOrder(core, id('convertToSalesOrder') as number, decorate, options),
  }))
  .searchable()
