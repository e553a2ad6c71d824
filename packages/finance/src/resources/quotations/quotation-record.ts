import { type HaloCore, withMethods } from '@halo/core'
import {
  type DeleteQuotationParams,
  deleteQuotation,
  type GetQuotationParams,
  getQuotation,
  type Quotation,
  upsertQuotations,
} from '../../generated/index.js'
import { type FinanceRecordHelpers, financeRecordHelpers } from '../shared/record-helpers.js'

/** Helpers on a quotation returned by `quotations(core)`. */
export interface QuotationHelpers
  extends FinanceRecordHelpers<QuotationRecord, Quotation, GetQuotationParams, DeleteQuotationParams> {}

/** A quotation: every wire field Halo sent, plus non-enumerable helpers. */
export type QuotationRecord = Quotation & QuotationHelpers

export function quotationRecord(core: HaloCore, quotation: Quotation): QuotationRecord {
  const decorate = (entity: Quotation) => quotationRecord(core, entity)
  return withMethods(
    quotation,
    financeRecordHelpers(
      core,
      quotation,
      'quotation',
      { get: getQuotation, upsert: upsertQuotations, remove: deleteQuotation },
      decorate,
    ),
  )
}
