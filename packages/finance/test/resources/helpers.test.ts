// Resource-specific finance helpers: invoice PDFs and lines, recurring invoice processing,
// contract references, quotation approvals, and records without an id.
import { defaultBaseUrl as baseUrl, seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { contracts, invoices, quotations, recurringInvoices } from '../../src/index.js'

const { mock, server, core } = useHaloMock({ core: { retry: false } })

describe('invoices', () => {
  it('pdf(id) posts to /Invoice/PDF/{id} with no body', async () => {
    await invoices(core()).pdf(seed.invoiceId)
    const [request] = apiRequests(mock, 'POST /Invoice/PDF/{id}')
    expect(request?.path).toBe(`/api/Invoice/PDF/${seed.invoiceId}`)
    expect(request?.body).toBeUndefined()
  })

  it('invoice.pdf() asks for the PDF of that invoice', async () => {
    const invoice = await invoices(core()).get(seed.invoiceId + 1)
    await invoice.pdf()
    expect(apiRequests(mock, 'POST /Invoice/PDF/{id}')[0]?.path).toBe(
      `/api/Invoice/PDF/${seed.invoiceId + 1}`,
    )
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
})
