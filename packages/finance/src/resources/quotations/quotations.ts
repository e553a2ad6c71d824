import type { HaloCore, RequestOptions } from '@halo/core'
import { crudMethods, searchMethods } from '@halo/core/resource'
import {
  deleteQuotation,
  getQuotation,
  listQuotations,
  postQuotationApproval,
  type Quotation,
  type QuotationApproval,
  upsertQuotations,
} from '../../generated/index.js'
import { quotationRecord } from './quotation-record.js'

/**
 * Quotations (`/Quotation`, envelope `quotes`): `list`, `search`, `get`, `create`, `update`,
 * `delete`, `createMany`, `upsertMany`, and `approve(approval)`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { quotations } from '@halo/finance'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const quote = await quotations(core).create({
 *   client_id: 11,
 *   title: 'Docking stations',
 *   lines: [{ item_id: 1, name: 'USB-C dock', baseprice: 120 }],
 * })
 * const laptopQuotes = await quotations(core).search('laptop')
 * ```
 */
export function quotations(core: HaloCore) {
  const decorate = (quotation: Quotation) => quotationRecord(core, quotation)
  return {
    ...crudMethods(
      core,
      { list: listQuotations, get: getQuotation, upsert: upsertQuotations, remove: deleteQuotation },
      decorate,
    ),
    ...searchMethods(core, listQuotations, decorate),
    /** Records a customer's answer to a quotation (`POST /Quotation/Approval`): `{ id, result, … }`. */
    approve(approval: QuotationApproval, options?: RequestOptions): Promise<unknown> {
      return postQuotationApproval(core, { body: [approval] }, options)
    },
  }
}

export type QuotationsResource = ReturnType<typeof quotations>
