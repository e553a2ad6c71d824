import type { HaloCore, RequestOptions } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type DeleteQuotationParams,
  deleteQuotation,
  type GetQuotationParams,
  getQuotation,
  type Quotation,
  upsertQuotations,
} from '../../generated/index.js'
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
export type QuotationHelpers = QuotationExtras &
  RecordHelpers<Quotation, GetQuotationParams, DeleteQuotationParams>

/** A quotation: every wire field Halo sent, plus non-enumerable helpers. */
export type QuotationRecord = HaloRecord<Quotation, GetQuotationParams, DeleteQuotationParams> &
  QuotationExtras

export function quotationRecord(core: HaloCore, quotation: Quotation): QuotationRecord {
  return recordDecorator<Quotation, GetQuotationParams, DeleteQuotationParams, QuotationExtras>(
    core,
    'quotation',
    { get: getQuotation, upsert: upsertQuotations, remove: deleteQuotation },
    (_entity, { id, decorate }) => ({
      convertToSalesOrder: async (options) =>
        convertQuotationToSalesOrder(core, id('convertToSalesOrder') as number, decorate, options),
    }),
  )(quotation)
}
