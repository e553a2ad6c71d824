import { describe, expect, it } from 'vitest'
import { listWebhooks, registerWebhook } from '../src/index.js'
import { simulatedHalo } from './support/halo.js'

describe('registerWebhook and listWebhooks', () => {
  it('creates a Basic-authenticated webhook with a generated password, returned once', async () => {
    const { mock, core } = simulatedHalo()
    const { webhook, secret, verify } = await registerWebhook(core, {
      url: 'https://hooks.example.test/halo',
      events: ['New Ticket Logged', 'Ticket Updated'],
    })
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(verify).toEqual({ basic: { username: 'halo', password: secret } })
    expect(webhook).toMatchObject({
      url: 'https://hooks.example.test/halo',
      active: true,
      events: ['New Ticket Logged', 'Ticket Updated'],
      authentication: 'basic',
    })
    expect(webhook.id).toMatch(/^[0-9a-f-]{36}$/)
    const posted = mock.requests.find((r) => r.operation === 'POST /Webhook')
    expect(posted?.body).toMatchObject([
      { type: 0, method: 0, authentication_type: 1, basic_username: 'halo' },
    ])
    expect(JSON.stringify(webhook)).not.toContain(secret)
  })

  it('creates a header-authenticated webhook, and two registrations get different secrets', async () => {
    const { core } = simulatedHalo()
    const first = await registerWebhook(core, {
      url: 'https://a.example.test/',
      events: ['x'],
      auth: { type: 'header' },
    })
    const second = await registerWebhook(core, {
      url: 'https://b.example.test/',
      events: ['x'],
      auth: { type: 'header', name: 'X-Receiver-Key' },
    })
    expect(first.verify).toEqual({ header: { name: 'X-Halo-Webhook-Key', value: first.secret } })
    expect(second.verify.header?.name).toBe('X-Receiver-Key')
    expect(first.secret).not.toBe(second.secret)
    expect(first.webhook.authentication).toBe('header')
  })

  it('lists the webhooks without their credentials', async () => {
    const { core } = simulatedHalo()
    const { secret } = await registerWebhook(core, {
      url: 'https://hooks.example.test/halo',
      events: ['Ticket Updated'],
    })
    const listed = await listWebhooks(core)
    expect(listed.map((w) => [w.url, w.events, w.authentication])).toEqual([
      ['https://hooks.example.test/halo', ['Ticket Updated'], 'basic'],
    ])
    expect(JSON.stringify(listed)).not.toContain(secret)
  })

  it('refuses a URL that is not one, no events, and an auth type it cannot set up', async () => {
    const { core } = simulatedHalo()
    await expect(registerWebhook(core, { url: 'hooks.example.test', events: ['x'] })).rejects.toThrow(
      TypeError,
    )
    await expect(registerWebhook(core, { url: 'https://h.example.test', events: [] })).rejects.toThrow(
      'at least one event',
    )
    const hmac = { type: 'hmac' } as unknown as { type: 'basic' }
    await expect(
      registerWebhook(core, { url: 'https://h.example.test', events: ['x'], auth: hmac }),
    ).rejects.toThrow("auth.type must be 'basic' or 'header'")
  })
})
