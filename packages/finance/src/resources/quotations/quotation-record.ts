import type { HaloCore } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type DeleteQuotationParams,
  deleteQuotation,
  type GetQuotationParams,
  getQuotation,
  type Quotation,
  upsertQuotations,
} from '../../generated/index.js'

/** Helpers on a quotation returned by `quotations(core)`. */
export type QuotationHelpers = RecordHelpers<Quotation, GetQuotationParams, DeleteQuotationParams>

/** A quotation: every wire field Halo sent, plus non-enumerable helpers. */
export type QuotationRecord = HaloRecord<Quotation, GetQuotationParams, DeleteQuotationParams>

export function quotationRecord(core: HaloCore, quotation: Quotation): QuotationRecord {
  return recordDecorator(core, 'quotation', {
    get: getQuotation,
    upsert: upsertQuotations,
    remove: deleteQuotation,
  })(quotation)
}
