import { type HaloCore, type RecordHelpers, recordHelpers, withMethods } from '@halo/core'
import {
  type DeleteRecurringInvoiceParams,
  deleteRecurringInvoice,
  type GetRecurringInvoiceParams,
  getRecurringInvoice,
  type RecurringInvoice,
  upsertRecurringInvoices,
} from '../../generated/index.js'

/** Helpers on a recurring invoice returned by `recurringInvoices(core)`. */
export interface RecurringInvoiceHelpers
  extends RecordHelpers<
    RecurringInvoiceRecord,
    RecurringInvoice,
    GetRecurringInvoiceParams,
    DeleteRecurringInvoiceParams
  > {}

/** A recurring invoice: every wire field Halo sent, plus non-enumerable helpers. */
export type RecurringInvoiceRecord = RecurringInvoice & RecurringInvoiceHelpers

export function recurringInvoiceRecord(
  core: HaloCore,
  recurringInvoice: RecurringInvoice,
): RecurringInvoiceRecord {
  const decorate = (entity: RecurringInvoice) => recurringInvoiceRecord(core, entity)
  return withMethods(
    recurringInvoice,
    recordHelpers(
      core,
      recurringInvoice,
      'recurring invoice',
      { get: getRecurringInvoice, upsert: upsertRecurringInvoices, remove: deleteRecurringInvoice },
      decorate,
    ),
  )
}
