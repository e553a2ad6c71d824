import { type HaloCore, type RecordHelpers, recordHelpers, withMethods } from '@halo/core'
import {
  type DeleteQuotationParams,
  deleteQuotation,
  type GetQuotationParams,
  getQuotation,
  type Quotation,
  upsertQuotations,
} from '../../generated/index.js'

/** Helpers on a quotation returned by `quotations(core)`. */
export interface QuotationHelpers
  extends RecordHelpers<QuotationRecord, Quotation, GetQuotationParams, DeleteQuotationParams> {}

/** A quotation: every wire field Halo sent, plus non-enumerable helpers. */
export type QuotationRecord = Quotation & QuotationHelpers

export function quotationRecord(core: HaloCore, quotation: Quotation): QuotationRecord {
  const decorate = (entity: Quotation) => quotationRecord(core, entity)
  return withMethods(
    quotation,
    recordHelpers(
      core,
      quotation,
      'quotation',
      { get: getQuotation, upsert: upsertQuotations, remove: deleteQuotation },
      decorate,
    ),
  )
}
