// The core's opt-in response cache, seen from the resources: reference data is read once, writes clear
// it, tickets are never cached.
import { seed } from '@halo/mock'
import { useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { statuses, tickets, ticketTypes } from '../../src/index.js'
import { callsTo } from './support.js'

const halo = useHaloMock({ core: { retry: false, cache: { ttlMs: 60_000 } } })

describe('response cache (createHaloCore({ cache }))', () => {
  it('answers a ticket type and its fields from the cache after the first read', async () => {
    const resource = ticketTypes(halo.core())
    const first = await resource.getFields(seed.ticketTypeId)
    const before = halo.mock.requests.length
    const again = await resource.getFields(seed.ticketTypeId)
    const type = await resource.validateDraft({ tickettype_id: seed.ticketTypeId, summary: 'x' })
    expect(again).toEqual(first)
    expect(Array.isArray(type)).toBe(true)
    expect(halo.mock.requests.length).toBe(before)
  })

  it('a write through the library clears that collection; tickets are never cached', async () => {
    const core = halo.core()
    await statuses(core).list()
    await statuses(core).list()
    expect(callsTo(halo, 'GET', '/Status')).toHaveLength(1)
    await statuses(core).create({ name: 'Parked' })
    const after = await statuses(core).list()
    expect(after.map((status) => status.name)).toContain('Parked')
    expect(callsTo(halo, 'GET', '/Status')).toHaveLength(2)

    await tickets(core).get(seed.ticketId)
    await tickets(core).get(seed.ticketId)
    expect(callsTo(halo, 'GET', `/Tickets/${seed.ticketId}`)).toHaveLength(2)
  })
})
