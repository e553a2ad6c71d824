// The facade carries the domain packages' record commands with their own types: restore a deleted
// ticket, save an attachment to a file, an invoice's PDF bytes, a quotation's sales order, the next
// asset tag as text.
import { describe, expectTypeOf, it } from 'vitest'
import type {
  HaloClient,
  InvoicePdf,
  QuotationConversion,
  QuotationRecord,
  SavedAttachment,
  TicketRecord,
} from '../src/index.js'

declare const halo: HaloClient

describe('record commands on the facade', () => {
  it('types each command by what it answers', async () => {
    expectTypeOf(halo.tickets.restore(1001)).toEqualTypeOf<Promise<TicketRecord>>()
    expectTypeOf(halo.attachments.saveToFile(501, './downloads', { overwrite: true })).toEqualTypeOf<
      Promise<SavedAttachment>
    >()
    expectTypeOf(halo.invoices.pdf(7001)).toEqualTypeOf<Promise<InvoicePdf>>()
    expectTypeOf(halo.quotations.convertToSalesOrder(8001)).toEqualTypeOf<
      Promise<QuotationConversion<QuotationRecord>>
    >()
    expectTypeOf(halo.assets.getNextTag()).toEqualTypeOf<Promise<string>>()
    const tag = await halo.assets.getNextTag()
    await halo.assets.create({ inventory_number: tag })
  })
})
