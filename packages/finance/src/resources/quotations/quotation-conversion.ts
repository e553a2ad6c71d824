import { type HaloCore, HaloUnexpectedResponseError, type RequestOptions } from '@halo/core'
import { type Decorate, writeMethods } from '@halo/core/resource'
import { getQuotation, type Quotation, upsertQuotations } from '../../generated/index.js'

/** What converting a quotation answers: the quotation as Halo returned it, and the new sales order's id. */
export interface QuotationConversion<TRecord> {
  readonly quotation: TRecord
  /** The sales order made from the quotation (`salesorder_id`); `salesOrders(core).get(salesOrderId)` reads it. */
  readonly salesOrderId: number
}

/**
 * Makes a sales order from a quotation: `POST /Quotation [{ id, _create_so: true }]`, the control flag
 * Halo's quotation schema carries for it, then reads `salesorder_id` from the answer (or, when the answer
 * lacks it, from the quotation fetched again). The spec offers no conversion to an invoice; an invoice is
 * made from the sales order in Halo. See docs/halo-api.md, "Finance".
 */
export async function convertQuotationToSalesOrder<TRecord extends Quotation>(
  core: HaloCore,
  quotationId: number,
  decorate: Decorate<Quotation, TRecord>,
  options?: RequestOptions,
): Promise<QuotationConversion<TRecord>> {
  if (typeof quotationId !== 'number' || !Number.isInteger(quotationId) || quotationId <= 0) {
    throw new TypeError(
      `quotations.convertToSalesOrder(id): id must be a positive whole number, got ${JSON.stringify(quotationId)}`,
    )
  }
  const quotation = await writeMethods(core, upsertQuotations, decorate).update(
    quotationId,
    { _create_so: true },
    options,
  )
  const answered = salesOrderIdOf(quotation)
  if (answered !== undefined) return { quotation, salesOrderId: answered }

  const fetched = await getQuotation(core, { id: quotationId }, options)
  const salesOrderId = salesOrderIdOf(fetched)
  if (salesOrderId !== undefined) return { quotation: decorate(fetched), salesOrderId }
  throw new HaloUnexpectedResponseError(
    `Quotation ${quotationId}: Halo made no sales order (no salesorder_id after posting _create_so). Check the quotation's status and lines, and the agent's sales order permissions.`,
    { method: 'POST', url: `${core.apiUrl}/Quotation`, body: quotation },
  )
}

function salesOrderIdOf(quotation: Quotation): number | undefined {
  const id = quotation.salesorder_id
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : undefined
}
