import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import {
  deleteRecurringInvoice,
  getRecurringInvoice,
  listRecurringInvoices,
  upsertRecurringInvoices,
} from '../../generated/index.js'

/** What `recurring-invoices(core)` hands out: recurring invoice records with their helpers, and the resource's methods. */
export const recurringInvoiceResource = defineCrudResource('recurring invoice', {
  list: listRecurringInvoices,
  get: getRecurringInvoice,
  upsert: upsertRecurringInvoices,
  remove: deleteRecurringInvoice,
}).searchable()

/** Helpers on a recurring invoice returned by `recurringInvoices(core)`. */
export type RecurringInvoiceHelpers = CrudRecordHelpersOf<typeof recurringInvoiceResource>

/** A recurring invoice: every wire field Halo sent, plus non-enumerable helpers. */
export type RecurringInvoiceRecord = CrudRecordOf<typeof recurringInvoiceResource>
