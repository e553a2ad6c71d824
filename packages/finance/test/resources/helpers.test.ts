// Resource-specific finance helpers: invoice PDFs and lines, recurring invoice processing,
// contract references, quotation approvals, and records without an id.
import { isHaloResourceNotFound, isHaloUnexpectedResponseError } from '@halo/core'
import { defaultBaseUrl as baseUrl, seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { contracts, invoices, quotations, recurringInvoices, salesOrders } from '../../src/index.js'

const { mock, server, core } = useHaloMock({ core: { retry: false } })

describe('invoices', () => {
  it('pdf(id) posts to /Invoice/PDF/{id} with no body and answers the PDF bytes from pdf_attachment_id', async () => {
    const pdf = await invoices(core()).pdf(seed.invoiceId)
    const [request] = apiRequests(mock, 'POST /Invoice/PDF/{id:int}')
    expect(request?.path).toBe(`/api/Invoice/PDF/${seed.invoiceId}`)
    expect(request?.body).toBeUndefined()
    const attachmentId = mock.state.invoices.get(seed.invoiceId)?.pdf_attachment_id
    expect(pdf.invoiceId).toBe(seed.invoiceId)
    expect(pdf.attachmentId).toBe(attachmentId)
    expect(apiRequests(mock, 'GET /Attachment/{id:int}')[0]?.path).toBe(`/api/Attachment/${attachmentId}`)
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-')
    expect(new TextDecoder().decode(pdf.bytes)).toContain(
      String(mock.state.invoices.get(seed.invoiceId)?.invoicenumber),
    )
  })

  it('invoice.pdf() answers the PDF of that invoice', async () => {
    const invoice = await invoices(core()).get(seed.invoiceId + 1)
    const pdf = await invoice.pdf()
    expect(apiRequests(mock, 'POST /Invoice/PDF/{id:int}')[0]?.path).toBe(
      `/api/Invoice/PDF/${seed.invoiceId + 1}`,
    )
    expect(pdf.invoiceId).toBe(seed.invoiceId + 1)
    expect(pdf.bytes[0]).toBe(0x25)
  })

  it('pdf(id) takes the file itself when Halo answers the PDF, without a second request', async () => {
    const file = new TextEncoder().encode('%PDF-1.4\n%%EOF\n')
    server.use(
      http.post(
        `${baseUrl}/api/Invoice/PDF/:id`,
        () => new HttpResponse(file, { headers: { 'content-type': 'application/pdf' } }),
      ),
    )
    const pdf = await invoices(core()).pdf(seed.invoiceId)
    expect(pdf).toEqual({ invoiceId: seed.invoiceId, attachmentId: null, bytes: file })
    expect(apiRequests(mock, 'GET /Attachment/{id:int}')).toHaveLength(0)
  })

  it('pdf(id) reads pdf_attachment_id from an answer wrapped in an array', async () => {
    const attachmentId = (await invoices(core()).pdf(seed.invoiceId)).attachmentId
    server.use(
      http.post(`${baseUrl}/api/Invoice/PDF/:id`, () =>
        HttpResponse.json([{ id: seed.invoiceId, pdf_attachment_id: attachmentId }]),
      ),
    )
    const again = await invoices(core()).pdf(seed.invoiceId)
    expect(again.attachmentId).toBe(attachmentId)
  })

  it('pdf(id) says what to check when Halo makes no PDF or the attachment is not one', async () => {
    server.use(
      http.post(`${baseUrl}/api/Invoice/PDF/:id`, () => HttpResponse.json({ id: seed.invoiceId }), {
        once: true,
      }),
    )
    const none = await invoices(core())
      .pdf(seed.invoiceId)
      .catch((e: unknown) => e)
    expect(isHaloUnexpectedResponseError(none)).toBe(true)
    expect((none as Error).message).toMatch(/no PDF.*pdf_attachment_id.*PDF template/)

    const text = mock.state.attachments.filter((a) => !String(a.filename).endsWith('.pdf'))[0]
    server.use(
      http.post(`${baseUrl}/api/Invoice/PDF/:id`, () => HttpResponse.json({ pdf_attachment_id: text?.id })),
    )
    const notPdf = await invoices(core())
      .pdf(seed.invoiceId)
      .catch((e: unknown) => e)
    expect(isHaloUnexpectedResponseError(notPdf)).toBe(true)
    expect((notPdf as Error).message).toMatch(`attachment ${text?.id} is not a PDF`)
  })

  it('pdf(id) refuses an id that is not a positive whole number before sending anything', async () => {
    await expect(invoices(core()).pdf(0)).rejects.toThrow(TypeError)
    await expect(invoices(core()).pdf(1.5)).rejects.toThrow(/positive whole number/)
    await expect(invoices(core()).pdf('../Tickets' as unknown as number)).rejects.toThrow(TypeError)
    expect(mock.requests.filter((r) => r.path.includes('/Invoice/PDF'))).toHaveLength(0)
  })

  it('pdf(id) of an unknown invoice is a HaloResourceNotFound', async () => {
    const error = await invoices(core())
      .pdf(999_999)
      .catch((e: unknown) => e)
    expect(isHaloResourceNotFound(error)).toBe(true)
  })

  it('lists lines only when asked, and updateLines posts the lines as an array', async () => {
    const resource = invoices(core())
    const [plain] = await resource.list({ client_id: seed.clientId, limit: 1 })
    const [withLines] = await resource.list({ client_id: seed.clientId, includelines: true, limit: 1 })
    expect(plain?.lines).toBeUndefined()
    expect(withLines?.lines?.length).toBeGreaterThan(0)

    await resource.updateLines([{ id: 1, ihid: seed.invoiceId, qty_order: 3 }])
    expect(apiRequests(mock, 'POST /Invoice/updatelines')[0]?.body).toEqual([
      { id: 1, ihid: seed.invoiceId, qty_order: 3 },
    ])
  })

  it('delete passes extra query parameters through', async () => {
    await invoices(core()).delete(seed.invoiceId, { bypass_accounts_sync: true })
    const [request] = apiRequests(mock, 'DELETE /Invoice/{id:int}')
    expect(request?.query.bypass_accounts_sync).toBe('true')
    expect(mock.state.invoices.get(seed.invoiceId)).toBeUndefined()
  })

  it('invoice.delete({ signal }) aborts with the signal and sends no signal query parameter', async () => {
    const invoice = await invoices(core()).get(seed.invoiceId)
    const controller = new AbortController()
    await invoice.delete({ signal: controller.signal, params: { bypass_accounts_sync: true } })
    const [request] = apiRequests(mock, 'DELETE /Invoice/{id:int}')
    expect(request?.query).toEqual({ bypass_accounts_sync: 'true' })
    expect(mock.state.invoices.get(seed.invoiceId)).toBeUndefined()

    const other = await invoices(core()).get(seed.invoiceId + 1)
    controller.abort()
    await expect(other.delete({ signal: controller.signal })).rejects.toThrow()
    expect(mock.state.invoices.get(seed.invoiceId + 1)).toBeDefined()
  })

  it('a hand-built record without an id refuses to update instead of creating', async () => {
    const created = await invoices(core()).create({ client_id: seed.clientId })
    // The helpers read the id of the record they were attached to, at call time.
    ;(created as { id?: number }).id = 0
    await expect(created.update({ notes_1: 'x' })).rejects.toThrow(/no id/)
    await expect(created.pdf()).rejects.toThrow(/no id/)
    expect(apiRequests(mock, 'POST /Invoice')).toHaveLength(1)
  })
})

describe('recurringInvoices', () => {
  it('process(ids) posts the ids; one id is sent as an array of one', async () => {
    // The mock's generic spec fallback only accepts arrays of objects, so this endpoint (an array of
    // ints) is answered here.
    const bodies: unknown[] = []
    server.use(
      http.post(`${baseUrl}/api/RecurringInvoice/process`, async ({ request }) => {
        bodies.push(await request.json())
        return HttpResponse.json({})
      }),
    )
    const resource = recurringInvoices(core())
    await resource.process([seed.recurringInvoiceId, seed.recurringInvoiceId + 1])
    await resource.process(seed.recurringInvoiceId)
    expect(bodies).toEqual([
      [seed.recurringInvoiceId, seed.recurringInvoiceId + 1],
      [seed.recurringInvoiceId],
    ])
  })

  it('updateLines posts to /RecurringInvoice/updatelines', async () => {
    await recurringInvoices(core()).updateLines([{ id: 2, qty_order: 5 }])
    expect(apiRequests(mock, 'POST /RecurringInvoice/updatelines')[0]?.body).toEqual([
      { id: 2, qty_order: 5 },
    ])
  })
})

describe('contracts', () => {
  it('nextRef() posts a draft contract to /ClientContract/NextRef', async () => {
    const resource = contracts(core())
    await resource.nextRef()
    await resource.nextRef({ client_id: seed.clientId })
    expect(apiRequests(mock, 'POST /ClientContract/NextRef').map((r) => r.body)).toEqual([
      [{}],
      [{ client_id: seed.clientId }],
    ])
  })

  it('lists a client’s contracts with the contracts envelope', async () => {
    const list = await contracts(core()).list({ client_id: seed.clientId })
    expect(list.map((c) => c.ref)).toEqual(
      [...mock.state.contracts.values()].filter((c) => c.client_id === seed.clientId).map((c) => c.ref),
    )
  })
})

/** The next `POST /Quotation` answers the quotation without `salesorder_id`, as a Halo that made no order might. */
function answerNextQuotationPostWithoutSalesOrder(): void {
  server.use(
    http.post(
      `${baseUrl}/api/Quotation`,
      () => HttpResponse.json({ id: seed.quotationId }, { status: 201 }),
      {
        once: true,
      },
    ),
  )
}

describe('quotations', () => {
  it('approve(approval) posts one approval in an array', async () => {
    await quotations(core()).approve({ id: seed.quotationId, result: true, approvalname: 'Jordan Ellis' })
    expect(apiRequests(mock, 'POST /Quotation/Approval')[0]?.body).toEqual([
      { id: seed.quotationId, result: true, approvalname: 'Jordan Ellis' },
    ])
  })

  it('reads the quotes envelope page by page', async () => {
    const pages = []
    for await (const page of quotations(core()).list({ page_size: 3 }).pages())
      pages.push(page.records.length)
    expect(pages.reduce((a, b) => a + b, 0)).toBe(mock.state.quotations.size)
    expect(pages.length).toBeGreaterThan(1)
  })

  it('convertToSalesOrder(id) posts _create_so on the quotation and answers the new sales order id', async () => {
    const ordersBefore = mock.state.salesOrders.size
    const { quotation, salesOrderId } = await quotations(core()).convertToSalesOrder(seed.quotationId)
    expect(apiRequests(mock, 'POST /Quotation')[0]?.body).toEqual([
      { id: seed.quotationId, _create_so: true },
    ])
    expect(mock.state.salesOrders.size).toBe(ordersBefore + 1)
    expect(salesOrderId).toBe(mock.state.quotations.get(seed.quotationId)?.salesorder_id)
    expect(quotation.id).toBe(seed.quotationId)
    expect(quotation.salesorder_id).toBe(salesOrderId)
    const order = await salesOrders(core()).get(salesOrderId)
    expect(order.client_id).toBe(mock.state.quotations.get(seed.quotationId)?.client_id)
    // The answer is a quotation record, with the helpers.
    await expect(quotation.refresh()).resolves.toMatchObject({
      id: seed.quotationId,
      salesorder_id: salesOrderId,
    })
  })

  it('quote.convertToSalesOrder() converts that quotation', async () => {
    const quote = await quotations(core()).get(seed.quotationId + 1)
    const { salesOrderId } = await quote.convertToSalesOrder()
    expect(apiRequests(mock, 'POST /Quotation')[0]?.body).toEqual([
      { id: seed.quotationId + 1, _create_so: true },
    ])
    expect(mock.state.salesOrders.get(salesOrderId)?.quotation_id).toBe(seed.quotationId + 1)
  })

  it('reads salesorder_id from the quotation fetched again when the POST answer lacks it', async () => {
    answerNextQuotationPostWithoutSalesOrder()
    mock.state.quotations.update(seed.quotationId, { salesorder_id: seed.salesOrderId })
    const { quotation, salesOrderId } = await quotations(core()).convertToSalesOrder(seed.quotationId)
    expect(salesOrderId).toBe(seed.salesOrderId)
    expect(quotation.salesorder_id).toBe(seed.salesOrderId)
    expect(apiRequests(mock, 'GET /Quotation/{id:int}')).toHaveLength(1)
  })

  it('says what to check when Halo makes no sales order, and checks the id first', async () => {
    answerNextQuotationPostWithoutSalesOrder()
    const error = await quotations(core())
      .convertToSalesOrder(seed.quotationId)
      .catch((e: unknown) => e)
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toMatch(/no sales order.*salesorder_id.*permissions/)
    await expect(quotations(core()).convertToSalesOrder(-1)).rejects.toThrow(/positive whole number/)
  })
})
