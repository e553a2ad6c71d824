// Strict response validation checks the fields live Halo sends beyond the spec: a realistic ticket
// with them passes, and a wrong type in one of them (nested ones included) fails.
import { createHaloCore } from '@halo/core'
import { describe, expect, it } from 'vitest'
import { getTicket } from '../src/index.js'
import { schemas } from '../src/schemas.js'
import { liveShapedTicket } from './fixtures/live-shaped-ticket.js'

const BASE_URL = 'https://observed.example.invalid'

function coreAnswering(body: unknown) {
  return createHaloCore({
    baseUrl: BASE_URL,
    rateLimit: false,
    retry: false,
    validate: 'strict',
    schemas,
    auth: {
      type: 'provider',
      getToken: async () => ({ accessToken: 'test-token', expiresAt: Date.now() + 60_000 }),
    },
    fetch: async () =>
      new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
  })
}

describe('strict validation of the observed ticket fields', () => {
  it('accepts a live-shaped ticket and answers it typed', async () => {
    const ticket = await getTicket(coreAnswering(liveShapedTicket()), { id: 4101 })
    expect(ticket.priority?.name).toBe('Medium')
    expect(ticket.user?.site?.client?.name).toBe('Example Trading Ltd')
    expect(ticket.extra_actions?.[0]?.who).toBe('System')
    expect(ticket.team_id).toBe(12)
  })

  // No captured answer shows a service, so its items are open objects: any fields pass, a non-list fails.
  it.each([
    ['a list of objects', [{ id: 3, name: 'x' }], [{ id: 3, name: 'x' }]],
    ['null', null, null],
  ])('accepts services as %s', async (_what, services, expected) => {
    const ticket = await getTicket(coreAnswering({ ...liveShapedTicket(), services }), { id: 4101 })
    expect(ticket.services).toEqual(expected)
  })

  it.each([
    ['services', 'x'],
    ['services.0', ['x']],
  ])('rejects %s that is not a list of objects', async (path, services) => {
    await expect(getTicket(coreAnswering({ ...liveShapedTicket(), services }), { id: 4101 })).rejects.toThrow(
      `does not match the Faults schema: ${path}: Invalid type`,
    )
  })

  it.each([
    ['team_id', (t: Record<string, unknown>) => Object.assign(t, { team_id: 'Service Desk' })],
    ['priority.name', (t: Record<string, unknown>) => Object.assign(t.priority as object, { name: 3 })],
    ['priority', (t: Record<string, unknown>) => Object.assign(t, { priority: 'Medium' })],
    [
      'user.site.client.name',
      (t: Record<string, unknown>) =>
        Object.assign(
          ((t.user as Record<string, unknown>).site as Record<string, unknown>).client as object,
          {
            name: false,
          },
        ),
    ],
    [
      'extra_actions.0.who',
      (t: Record<string, unknown>) => Object.assign((t.extra_actions as object[])[0] as object, { who: 7 }),
    ],
    ['flastupdate', (t: Record<string, unknown>) => Object.assign(t, { flastupdate: 20260304 })],
  ])('rejects a wrong type in %s', async (path, spoil) => {
    const ticket = liveShapedTicket()
    spoil(ticket)
    await expect(getTicket(coreAnswering(ticket), { id: 4101 })).rejects.toThrow(
      `does not match the Faults schema: ${path}: Invalid type`,
    )
  })
})
