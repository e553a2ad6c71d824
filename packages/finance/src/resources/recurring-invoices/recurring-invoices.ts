import type { HaloCore, RequestOptions } from '@halo/core'
import { crudMethods, searchMethods } from '@halo/core/resource'
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
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { recurringInvoices } from '@halo/finance'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const schedules = await recurringInvoices(core).list({ client_id: 11 })
 * await recurringInvoices(core).process([7501])
 * ```
 */
export function recurringInvoices(core: HaloCore) {
  const decorate = (recurringInvoice: RecurringInvoice) => recurringInvoiceRecord(core, recurringInvoice)
  return {
    ...crudMethods(
      core,
      {
        list: listRecurringInvoices,
        get: getRecurringInvoice,
        upsert: upsertRecurringInvoices,
        remove: deleteRecurringInvoice,
      },
      decorate,
    ),
    ...searchMethods(core, listRecurringInvoices, decorate),
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
