import { seed } from '@halo/mock'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Connected, callError, callJson, connectInMemory, mockClient } from './support/mcp-harness.js'

// The log only: a full reset would also revoke the client's token, adding a 401 and a login to every test's log.
const halo = useHaloMockServer({ beforeEachTest: 'clear-requests' })
let readOnly: Connected
let writable: Connected
let deletable: Connected

beforeAll(async () => {
  const client = mockClient(halo.url)
  readOnly = await connectInMemory({ client })
  writable = await connectInMemory({ client, allowWrites: true })
  deletable = await connectInMemory({ client, allowWrites: true, allowDeletes: true })
})
afterAll(async () => {
  await Promise.all([readOnly.close(), writable.close(), deletable.close()])
})

/** Writes that reached the API (the token endpoint is not one: a reset mock makes the client log in again). */
const sentWrites = () =>
  halo.mock.requests.filter(
    (request) => request.method !== 'GET' && request.path.toLowerCase().startsWith('/api/'),
  )

describe('writes', () => {
  it('create_ticket resolves names and creates one ticket', async () => {
    const before = halo.mock.state.tickets.size
    const answer = await callJson<{ created: { id: number; status_id: number; agent_id: number } }>(
      writable.client,
      'create_ticket',
      {
        summary: 'Printer on fire',
        ticket_type: 'Incident',
        status: 'In Progress',
        agent: 'Priya Shah',
        client_id: 11,
      },
    )
    expect(halo.mock.state.tickets.size).toBe(before + 1)
    expect(answer.created).toMatchObject({ status_id: seed.statusInProgressId, agent_id: seed.agentId })
    const posts = sentWrites()
    expect(posts.map((request) => request.operation)).toEqual(['POST /Tickets'])
    expect(posts[0]?.body).toEqual([
      {
        summary: 'Printer on fire',
        tickettype_id: seed.ticketTypeId,
        client_id: 11,
        status_id: seed.statusInProgressId,
        agent_id: seed.agentId,
      },
    ])
  })

  it('a dry run answers the exact request and sends nothing', async () => {
    const answer = await callJson<{
      dry_run: boolean
      requests: { method: string; path: string; query: object; body: unknown }[]
      note: string
    }>(writable.client, 'update_ticket', { id: seed.ticketId, status: 2, priority: 1, dry_run: true })
    expect(answer.dry_run).toBe(true)
    expect(answer.requests).toEqual([
      {
        method: 'POST',
        path: '/Tickets',
        query: {},
        body: [{ status_id: 2, priority_id: 1, id: seed.ticketId }],
      },
    ])
    expect(answer.note).toMatch(/Nothing was sent/)
    // Ids need no lookup, so the dry run made no request at all.
    expect(halo.mock.requests).toHaveLength(0)
    expect(JSON.stringify(answer)).not.toMatch(/Bearer|dry-run/)
  })

  it('a dry run with names only reads (the lookups), never writes', async () => {
    const before = halo.mock.state.actions.list(seed.ticketId).length
    const answer = await callJson<{ requests: { body: unknown }[] }>(writable.client, 'add_action', {
      ticket_id: seed.ticketId,
      note: 'Called the user',
      outcome: 'Private Note',
      dry_run: true,
    })
    expect(answer.requests[0]?.body).toEqual([
      { ticket_id: seed.ticketId, outcome_id: seed.outcomeNoteId, note_html: '<p>Called the user</p>' },
    ])
    expect(sentWrites()).toHaveLength(0)
    expect(halo.mock.state.actions.list(seed.ticketId).length).toBe(before)
  })

  it('update_ticket and add_action change the ticket', async () => {
    await callJson(writable.client, 'update_ticket', { id: seed.ticketId, priority: 'Low' })
    expect(halo.mock.state.tickets.get(seed.ticketId)?.priority_id).toBe(seed.priorityLowId)
    const added = await callJson<{ added: { id: number } }>(writable.client, 'add_action', {
      ticket_id: seed.ticketId,
      note: 'Fixed it',
      outcome: 'Resolved',
    })
    expect(added.added.id).toBeGreaterThan(0)
    expect(halo.mock.state.tickets.get(seed.ticketId)?.status_id).toBe(8)
  })

  it('update_ticket with nothing to change is refused', async () => {
    expect(await callError(writable.client, 'update_ticket', { id: seed.ticketId })).toMatch(
      /nothing to change/,
    )
    expect(sentWrites()).toHaveLength(0)
  })
})

describe('read-only mode', () => {
  it('has no write tools to call', async () => {
    const result = await readOnly.client.callTool({
      name: 'create_ticket',
      arguments: { summary: 'x', ticket_type: 1 },
    })
    expect(result.isError).toBe(true)
    expect(sentWrites()).toHaveLength(0)
  })

  it('call_operation refuses a POST, even as a dry run', async () => {
    const message = await callError(readOnly.client, 'call_operation', {
      operation: 'upsertTickets',
      params: { body: [{ summary: 'x', tickettype_id: 1 }] },
      dry_run: true,
    })
    expect(message).toMatch(/upsertTickets writes \(POST \/Tickets\); this server is read-only/)
    expect(halo.mock.requests).toHaveLength(0)
  })

  it('call_operation refuses a DELETE unless deletes are allowed', async () => {
    expect(
      await callError(writable.client, 'call_operation', { operation: 'deleteTicket', params: { id: 1002 } }),
    ).toMatch(/does not allow deletes/)
    expect(sentWrites()).toHaveLength(0)
    const planned = await callJson<{ requests: { method: string; path: string }[] }>(
      deletable.client,
      'call_operation',
      {
        operation: 'deleteTicket',
        params: { id: 1002 },
        dry_run: true,
      },
    )
    expect(planned.requests).toEqual([
      { method: 'DELETE', path: '/Tickets/1002', query: {}, body: undefined },
    ])
    expect(sentWrites()).toHaveLength(0)
    await callJson(deletable.client, 'call_operation', { operation: 'deleteTicket', params: { id: 1002 } })
    expect(sentWrites().map((request) => `${request.method} ${request.path}`)).toEqual([
      'DELETE /api/Tickets/1002',
    ])
  })
})
