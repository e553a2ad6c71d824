import type { HaloCore } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type DeleteRecurringInvoiceParams,
  deleteRecurringInvoice,
  type GetRecurringInvoiceParams,
  getRecurringInvoice,
  type RecurringInvoice,
  upsertRecurringInvoices,
} from '../../generated/index.js'

/** Helpers on a recurring invoice returned by `recurringInvoices(core)`. */
export type RecurringInvoiceHelpers = RecordHelpers<
  RecurringInvoice,
  GetRecurringInvoiceParams,
  DeleteRecurringInvoiceParams
>

/** A recurring invoice: every wire field Halo sent, plus non-enumerable helpers. */
export type RecurringInvoiceRecord = HaloRecord<
  RecurringInvoice,
  GetRecurringInvoiceParams,
  DeleteRecurringInvoiceParams
>

export function recurringInvoiceRecord(
  core: HaloCore,
  recurringInvoice: RecurringInvoice,
): RecurringInvoiceRecord {
  return recordDecorator(core, 'recurring invoice', {
    get: getRecurringInvoice,
    upsert: upsertRecurringInvoices,
    remove: deleteRecurringInvoice,
  })(recurringInvoice)
}
