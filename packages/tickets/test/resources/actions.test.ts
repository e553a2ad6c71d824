import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { actions } from '../../src/index.js'
import { callsTo } from './support.js'

const halo = useHaloMock({ core: { retry: false } })

describe('actions(core)', () => {
  it('lists a ticket’s actions from the { record_count, actions } envelope', async () => {
    const list = await actions(halo.core()).list({ ticket_id: seed.ticketId })
    const stored = halo.mock.state.actions.list(seed.ticketId)
    expect(list.map((action) => action.id)).toEqual(stored.map((action) => action.id))
    expect(typeof list[0]?.update).toBe('function')
  })

  it('get(id, { ticket_id }) reads one action of one ticket', async () => {
    const action = await actions(halo.core()).get(1, { ticket_id: seed.ticketId })
    expect(action.id).toBe(1)
    expect(action.ticket_id).toBe(seed.ticketId)
    expect(callsTo(halo, 'GET', '/Actions/1')[0]?.query.ticket_id).toBe(String(seed.ticketId))
  })

  it('get without ticket_id is refused with a clear error and no request', async () => {
    const resource = actions(halo.core())
    // @ts-expect-error ticket_id is required by the type as well
    await expect(resource.get(1)).rejects.toThrow(/ticket_id is required.*numbered per ticket/)
    // @ts-expect-error ticket_id is required by the type as well
    await expect(resource.get(1, {})).rejects.toThrow(TypeError)
    expect(apiRequests(halo.mock)).toHaveLength(0)
  })

  it('create checks ticket_id and an outcome before posting', async () => {
    const resource = actions(halo.core())
    await expect(resource.create({ note: 'orphan', outcome: 'Private Note' })).rejects.toThrow(
      /ticket_id is required/,
    )
    await expect(resource.create({ ticket_id: seed.ticketId, note: 'no outcome' })).rejects.toThrow(
      /needs an outcome: outcome .* or outcome_id/,
    )
    await expect(
      resource.createMany([{ ticket_id: seed.ticketId, outcome_id: 1 }, { ticket_id: seed.ticketId }]),
    ).rejects.toThrow(/item 1/)
    expect(callsTo(halo, 'POST', '/Actions')).toHaveLength(0)
  })

  it('create by outcome name numbers the action after the ticket’s last one', async () => {
    const before = halo.mock.state.actions.list(seed.ticketId).length
    const action = await actions(halo.core()).create({
      ticket_id: seed.ticketId,
      outcome: 'Private Note',
      note: 'Called the user',
    })
    expect(action.id).toBe(before + 1)
    expect(action.note).toBe('Called the user')
  })

  it('an outcome with new_status moves the ticket (Halo behaviour, seen through the resource)', async () => {
    await actions(halo.core()).create({
      ticket_id: seed.ticketId,
      outcome_id: seed.outcomeResolvedId,
      note: 'Fixed',
    })
    expect(halo.mock.state.tickets.get(seed.ticketId)?.status_id).toBe(8)
  })

  it('update(id, patch) needs the ticket_id in the patch and posts it with the id', async () => {
    const resource = actions(halo.core())
    await expect(resource.update(1, { note: 'edited' })).rejects.toThrow(/ticket_id is required/)
    const updated = await resource.update(1, { ticket_id: seed.ticketId, note: 'edited' })
    expect(updated.note).toBe('edited')
    expect(callsTo(halo, 'POST', '/Actions')[0]?.body).toEqual([
      { ticket_id: seed.ticketId, note: 'edited', id: 1 },
    ])
  })

  it('record helpers: update, refresh, delete keep the ticket id', async () => {
    const resource = actions(halo.core())
    const action = await resource.create({
      ticket_id: seed.ticketId,
      outcome_id: seed.outcomeNoteId,
      note: 'v1',
    })
    const edited = await action.update({ note: 'v2' })
    expect(edited.note).toBe('v2')
    expect((await edited.refresh()).note).toBe('v2')
    await edited.delete()
    const [deletion] = callsTo(halo, 'DELETE', `/Actions/${action.id}`)
    expect(deletion?.query.ticket_id).toBe(String(seed.ticketId))
    expect(halo.mock.state.actions.get(seed.ticketId, action.id ?? 0)).toBeUndefined()
  })

  it('delete(id, { ticket_id }) requires the ticket id', async () => {
    const resource = actions(halo.core())
    // @ts-expect-error ticket_id is required by the type as well
    await expect(resource.delete(1)).rejects.toThrow(/ticket_id is required/)
    await resource.delete(1, { ticket_id: seed.ticketId })
    expect(halo.mock.state.actions.get(seed.ticketId, 1)).toBeUndefined()
  })

  it('upsertMany posts 100 per request and keeps order', async () => {
    const items = Array.from({ length: 120 }, (_, i) => ({
      ticket_id: seed.ticketId,
      outcome_id: 1,
      note: `n${i}`,
    }))
    const result = await actions(halo.core()).upsertMany(items)
    expect(callsTo(halo, 'POST', '/Actions').map((call) => (call.body as unknown[]).length)).toEqual([
      100, 20,
    ])
    expect(result.records.map((action) => action?.note)).toEqual(items.map((item) => item.note))
  })
})
