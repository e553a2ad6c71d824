import type { RequestOptions } from '@halo/core'
import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import { deleteQuotation, getQuotation, listQuotations, upsertQuotations } from '../../generated/index.js'
import { convertQuotationToSalesOrder, type QuotationConversion } from './quotation-conversion.js'

/** The helpers a quotation adds to `update`, `delete` and `refresh`. */
export interface QuotationExtras {
  /**
   * Makes a sales order from this quotation (`POST /Quotation [{ id, _create_so: true }]`) and answers
   * the quotation as Halo returned it with the new `salesOrderId`.
   */
  convertToSalesOrder(options?: RequestOptions): Promise<QuotationConversion<QuotationRecord>>
}

const quotationDefinition = defineCrudResource('quotation', {
  list: listQuotations,
  get: getQuotation,
  upsert: upsertQuotations,
  remove: deleteQuotation,
})

/** Helpers on a quotation returned by `quotations(core)`. */
export type QuotationHelpers = QuotationExtras & CrudRecordHelpersOf<typeof quotationDefinition>

/** A quotation: every wire field Halo sent, plus non-enumerable helpers. */
export type QuotationRecord = CrudRecordOf<typeof quotationDefinition> & QuotationExtras

/** What `quotations(core)` hands out: quotation records with their helpers, and the resource's methods. */
export const quotationResource = quotationDefinition
  .withExtras<QuotationExtras, QuotationRecord>((core, _quotation, { id, decorate }) => ({
    convertToSalesOrder: async (options) =>
      convertQuotationToSalesOrder(core, id('convertToSalesOrder') as number, decorate, options),
  }))
  .searchable()
