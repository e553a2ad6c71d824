import { describe, expect, it } from 'vitest'
import { useHaloMock } from './support.js'

describe('the request log keeps secrets out', () => {
  const { mock, api } = useHaloMock()

  it('redacts secret fields in each record of a write body (a webhook password and auth header)', async () => {
    const response = await api.post('/Webhook', [
      {
        name: 'Receiver',
        url: 'https://hooks.example.test/halo',
        basic_username: 'halo',
        basic_password: 'canary-webhook-password',
        authentication_header: 'X-Api-Key: canary-header-secret',
      },
    ])
    expect(response.status).toBeLessThan(300)
    const entry = mock.requests.find((r) => r.operation === 'POST /Webhook')
    expect(entry?.body).toEqual([
      expect.objectContaining({
        basic_username: 'halo',
        basic_password: '[redacted]',
        authentication_header: '[redacted]',
      }),
    ])
    expect(JSON.stringify(mock.requests)).not.toMatch(/canary-(webhook-password|header-secret)/)
  })

  it('leaves bodies without secret fields as they were sent', async () => {
    const body = [{ summary: 'Printer jam', tickettype_id: 1 }]
    await api.post('/Tickets', body)
    expect(mock.requests.find((r) => r.operation === 'POST /Tickets')?.body).toEqual(body)
  })
})
