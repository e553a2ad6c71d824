import { isHaloUnexpectedResponseError } from '@halo/core'
import { defaultBaseUrl as baseUrl, seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { tickets } from '../../src/index.js'

const halo = useHaloMock({ core: { retry: false } })

/** Halo's side of a restore: a deleted ticket, and what `POST /Tickets` with `_recover` does to it. */
function deletedTicketHalo(afterRecover: { deleted: boolean }) {
  const deleted = { id: 4242, summary: 'Printer on fire', client_id: seed.clientId, deleted: true }
  const posted: unknown[] = []
  const listed: (string | null)[] = []
  halo.server.use(
    http.get(`${baseUrl}/api/Tickets`, ({ request }) => {
      listed.push(new URL(request.url).searchParams.get('deleted'))
      const wantsDeleted = listed.at(-1) === 'true'
      const records = wantsDeleted ? [deleted] : []
      return HttpResponse.json({ page_no: 1, page_size: 50, record_count: records.length, tickets: records })
    }),
    http.post(`${baseUrl}/api/Tickets`, async ({ request }) => {
      const body = (await request.json()) as Record<string, unknown>[]
      posted.push(body)
      return HttpResponse.json({ ...deleted, ...body[0], ...afterRecover }, { status: 201 })
    }),
  )
  return { deleted, posted, listed }
}

describe('tickets(core).restore(id)', () => {
  it('posts [{ id, _recover: true }] and answers the restored ticket as a record', async () => {
    const { posted } = deletedTicketHalo({ deleted: false })
    const restored = await tickets(halo.core()).restore(4242)
    expect(posted).toEqual([[{ _recover: true, id: 4242 }]])
    expect(restored).toMatchObject({ id: 4242, summary: 'Printer on fire', deleted: false })
    expect(typeof restored.addAction).toBe('function')
    expect(Object.keys(restored)).not.toContain('restore')
  })

  it('ticket.restore() restores a ticket found with list({ deleted: true })', async () => {
    const { posted, listed } = deletedTicketHalo({ deleted: false })
    const [found] = await tickets(halo.core()).list({ deleted: true })
    expect(found?.deleted).toBe(true)
    const restored = await found?.restore()
    expect(posted).toEqual([[{ _recover: true, id: 4242 }]])
    expect(restored?.deleted).toBe(false)
    expect(listed).toEqual(['true'])
  })

  it('fails, saying what to check, when Halo answers the ticket still deleted', async () => {
    deletedTicketHalo({ deleted: true })
    const error = await tickets(halo.core())
      .restore(4242)
      .catch((e: unknown) => e)
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toMatch(/Ticket 4242 is still deleted.*_recover.*restore tickets/)
  })

  it('brings back a ticket deleted in the simulated Halo, under its id', async () => {
    const ticket = await tickets(halo.core()).get(seed.ticketId)
    await ticket.delete()
    await expect(tickets(halo.core()).get(seed.ticketId)).rejects.toThrow()
    const restored = await ticket.restore()
    expect(restored).toMatchObject({ id: seed.ticketId, summary: ticket.summary, deleted: false })
    expect(apiRequests(halo.mock, 'POST /Tickets')[0]?.body).toEqual([{ _recover: true, id: seed.ticketId }])
    expect((await tickets(halo.core()).get(seed.ticketId)).summary).toBe(ticket.summary)
  })

  it('refuses an id that is not a positive whole number before sending anything', async () => {
    await expect(tickets(halo.core()).restore(0)).rejects.toThrow(/ticket id must be a positive whole number/)
    await expect(tickets(halo.core()).restore(Number.NaN)).rejects.toThrow(TypeError)
    const record = await tickets(halo.core()).get(seed.ticketId)
    ;(record as { id?: number | undefined }).id = undefined
    await expect(record.restore()).rejects.toThrow(/ticket\.restore\(\): this ticket record has no id/)
    expect(apiRequests(halo.mock, 'POST /Tickets')).toHaveLength(0)
  })
})
