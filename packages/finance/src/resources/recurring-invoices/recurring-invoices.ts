import {
  deleteMethods,
  getMethods,
  type HaloCore,
  listMethods,
  type RequestOptions,
  searchMethods,
  writeMethods,
} from '@halo/core'
import {
  deleteRecurringInvoice,
  getRecurringInvoice,
  type InvoiceDetail,
  listRecurringInvoices,
  processRecurringInvoices,
  type RecurringInvoice,
  updateRecurringInvoiceLines,
  upsertRecurringInvoices,
} from '../../generated/index.js'
import { recurringInvoiceRecord } from './recurring-invoice-record.js'

/**
 * Recurring invoices (`/RecurringInvoice`, envelope `invoices`): `list`, `search`, `get`, `create`, `update`, `delete`, `createMany`, `upsertMany`,
 * `process(ids)` and `updateLines(lines)`.
 */
export function recurringInvoices(core: HaloCore) {
  const decorate = (recurringInvoice: RecurringInvoice) => recurringInvoiceRecord(core, recurringInvoice)
  return {
    ...listMethods(core, listRecurringInvoices, decorate),
    ...searchMethods(core, listRecurringInvoices, decorate),
    ...getMethods(core, getRecurringInvoice, decorate),
    ...writeMethods(core, upsertRecurringInvoices, decorate),
    ...deleteMethods(core, deleteRecurringInvoice),
    /** Runs recurring invoices now, raising their next invoices (`POST /RecurringInvoice/process`). */
    process(ids: number | readonly number[], options?: RequestOptions): Promise<unknown> {
      return processRecurringInvoices(core, { body: typeof ids === 'number' ? [ids] : ids }, options)
    },
    /** Updates recurring invoice lines in place (`POST /RecurringInvoice/updatelines`). */
    updateLines(lines: readonly InvoiceDetail[], options?: RequestOptions): Promise<unknown> {
      return updateRecurringInvoiceLines(core, { body: lines }, options)
    },
  }
}

export type RecurringInvoicesResource = ReturnType<typeof recurringInvoices>
