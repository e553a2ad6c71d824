// Commands Halo takes as control flags or dedicated paths: restoring a deleted ticket (`_recover`),
// an invoice's PDF (`POST /Invoice/PDF/{id}`) and a quotation's sales order (`_create_so`).
import { describe, expect, it } from 'vitest'
import { seed } from '../src/index.js'
import { useHaloMock } from './support.js'

const { mock, api } = useHaloMock()

describe('restoring a deleted ticket', () => {
  it('POST /Tickets [{ id, _recover: true }] brings a deleted ticket back under its id', async () => {
    const before = mock.state.tickets.get(seed.ticketId)
    expect((await api.del(`/Tickets/${seed.ticketId}`)).status).toBe(200)
    expect((await api.get(`/Tickets/${seed.ticketId}`)).status).toBe(404)

    const res = await api.post('/Tickets', [{ id: seed.ticketId, _recover: true }])
    expect(res.status).toBe(201)
    const restored = (await res.json()) as Record<string, unknown>
    expect(restored).toMatchObject({ id: seed.ticketId, summary: before?.summary, deleted: false })
    expect(restored).not.toHaveProperty('_recover')
    const ids = mock.state.tickets.ids()
    expect(ids).toContain(seed.ticketId)
    expect([...ids]).toEqual([...ids].sort((a, b) => a - b))
  })

  it('an update of a deleted ticket without _recover is still a 404, and so is _recover of an unknown id', async () => {
    await api.del(`/Tickets/${seed.ticketId}`)
    expect((await api.post('/Tickets', [{ id: seed.ticketId, summary: 'x' }])).status).toBe(404)
    expect((await api.post('/Tickets', [{ id: 987_654, _recover: true }])).status).toBe(404)
  })
})

describe('invoice PDF', () => {
  it('POST /Invoice/PDF/{id} stores a PDF attachment and answers the invoice with pdf_attachment_id', async () => {
    const res = await api.post(`/Invoice/PDF/${seed.invoiceId}`, undefined)
    expect(res.status).toBe(200)
    const invoice = (await res.json()) as { id: number; pdf_attachment_id: number }
    expect(invoice.id).toBe(seed.invoiceId)
    const file = await api.get(`/Attachment/${invoice.pdf_attachment_id}`)
    expect(file.headers.get('content-type')).toBe('application/pdf')
    expect(new TextDecoder().decode((await file.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
    expect((await api.post('/Invoice/PDF/999999', undefined)).status).toBe(404)
  })
})

describe('quotation to sales order', () => {
  it('_create_so makes one sales order from the quotation and links it by salesorder_id', async () => {
    const orders = mock.state.salesOrders.size
    const res = await api.post('/Quotation', [{ id: seed.quotationId, _create_so: true }])
    const quote = (await res.json()) as { salesorder_id: number; client_id: number }
    expect(quote).not.toHaveProperty('_create_so')
    const order = mock.state.salesOrders.get(quote.salesorder_id)
    expect(order).toMatchObject({ quotation_id: seed.quotationId, client_id: quote.client_id })
    // Posting the flag again does not make a second order.
    await api.post('/Quotation', [{ id: seed.quotationId, _create_so: true }])
    expect(mock.state.salesOrders.size).toBe(orders + 1)
  })
})
