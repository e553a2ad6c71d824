import type { HaloCore, RequestOptions } from '@halo/core'
import {
  type InvoiceDetail,
  processRecurringInvoices,
  updateRecurringInvoiceLines,
} from '../../generated/index.js'
import { recurringInvoiceResource } from './recurring-invoice-record.js'

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
  return {
    ...recurringInvoiceResource.methods(core),
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
