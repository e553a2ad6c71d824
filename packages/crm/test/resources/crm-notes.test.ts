// CRM notes on the simulated Halo: the same resource and record surface as every other resource.
import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { crmNotes } from '../../src/index.js'

const { mock, core } = useHaloMock({ core: { retry: false } })

describe('crmNotes', () => {
  it('creates a note on a client, reads it back, updates and deletes it', async () => {
    const resource = crmNotes(core())
    const note = await resource.create({ client_id: seed.clientId, note: 'Renewal call booked for March' })
    expect(apiRequests(mock, 'POST /CRMNote')[0]?.body).toEqual([
      { client_id: seed.clientId, note: 'Renewal call booked for March' },
    ])
    const fetched = await resource.get(note.id as number)
    expect(fetched.note).toBe('Renewal call booked for March')
    const updated = await fetched.update({ note: 'Renewal call moved to April' })
    expect(updated.note).toBe('Renewal call moved to April')
    await updated.delete({ params: {} })
    expect(apiRequests(mock, 'DELETE /CRMNote/{id}')).toHaveLength(1)
    expect(Array.isArray(await resource.list({ client_id: seed.clientId }))).toBe(true)
  })
})
