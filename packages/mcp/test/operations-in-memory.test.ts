import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Connected, callError, callJson, connectInMemory, mockClient } from './support/mcp-harness.js'

// The log only: a full reset would also revoke the client's token, adding a 401 and a login to every test's log.
const halo = useHaloMockServer({ beforeEachTest: 'clear-requests' })
let server: Connected

beforeAll(async () => {
  server = await connectInMemory({ client: mockClient(halo.url) })
})
afterAll(async () => {
  await server.close()
})

interface FoundOperation {
  name: string
  method: string
  path: string
  access: string
  params: { properties: Record<string, { type: string }>; required?: string[] }
}

describe('find_operations + call_operation', () => {
  it('finds an operation no curated tool covers and calls it by name', async () => {
    const found = await callJson<{ operations: FoundOperation[] }>(server.client, 'find_operations', {
      query: 'suppliers',
      access: 'read',
    })
    const listSuppliers = found.operations.find((operation) => operation.name === 'listSuppliers')
    expect(listSuppliers).toMatchObject({ method: 'GET', path: '/Supplier', access: 'read' })
    expect(found.operations.every((operation) => operation.access === 'read')).toBe(true)

    const page = await callJson<{ records: { id: number; name: string }[]; page: number }>(
      server.client,
      'call_operation',
      { operation: 'listSuppliers', page_size: 2 },
    )
    expect(page.records.length).toBeGreaterThan(0)
    expect(page.records.length).toBeLessThanOrEqual(2)
    expect(halo.mock.requests.some((request) => request.operation === 'GET /Supplier')).toBe(true)
  })

  it('answers parameter schemas, path parameters required', async () => {
    const found = await callJson<{ operations: FoundOperation[] }>(server.client, 'find_operations', {
      operation: 'getTicket',
    })
    const [getTicket] = found.operations
    expect(getTicket?.params.required).toEqual(['id'])
    expect(getTicket?.params.properties.id?.type).toBe('integer')
    expect(getTicket?.params.properties.includedetails?.type).toBe('boolean')
  })

  it('calls a single-record operation with path and query parameters', async () => {
    const answer = await callJson<{ result: { id: number; inventory_number: string } }>(
      server.client,
      'call_operation',
      {
        operation: 'getAsset',
        params: { id: 3001 },
      },
    )
    expect(answer.result.inventory_number).toBe('NL-LT-0001')
  })

  it('refuses unknown operations and names the way out', async () => {
    expect(await callError(server.client, 'call_operation', { operation: 'listUnicorns' })).toMatch(
      /find_operations/,
    )
  })
})

describe('size caps and continuations', () => {
  it('a large list comes a page at a time with a note saying how to get the next', async () => {
    const first = await callJson<{
      records: { id: number }[]
      total: number
      has_more: boolean
      note: string
    }>(server.client, 'list_tickets', {})
    expect(first.records).toHaveLength(25)
    expect(first.total).toBe(120)
    expect(first.has_more).toBe(true)
    expect(first.note).toMatch(/page: 2/)
    const second = await callJson<{ records: { id: number }[] }>(server.client, 'list_tickets', { page: 2 })
    expect(second.records[0]?.id).not.toBe(first.records[0]?.id)
    const last = await callJson<{ records: unknown[]; has_more: boolean }>(server.client, 'list_tickets', {
      page: 5,
    })
    expect(last.records).toHaveLength(20)
    expect(last.has_more).toBe(false)
  })

  it('an answer over the size cap keeps valid JSON and says how to get the rest', async () => {
    const small = await connectInMemory({ client: mockClient(halo.url), maxResultChars: 4_000 })
    try {
      const result = await small.client.callTool({
        name: 'list_tickets',
        arguments: { page_size: 100, fields: ['*'] },
      })
      const text = (result.content as { text: string }[])[0]?.text ?? ''
      expect(text.length).toBeLessThanOrEqual(4_000)
      const page = JSON.parse(text) as { records: unknown[]; note: string; has_more: boolean }
      expect(page.records.length).toBeGreaterThan(0)
      expect(page.records.length).toBeLessThan(100)
      expect(page.note).toMatch(/Output capped .* ask for fewer at a time \(page_size: \d+\) or fewer fields/)
      expect(page.has_more).toBe(true)
    } finally {
      await small.close()
    }
  })
})

describe('rate limits', () => {
  it('survives a storm of 429s: the library waits and retries, the tool answers', async () => {
    const storm = halo.mock.faults.add({
      kind: 'rate-limit',
      times: 3,
      match: { method: 'GET', path: '/Tickets' },
    })
    const page = await callJson<{ records: unknown[] }>(server.client, 'list_tickets', { page_size: 5 })
    expect(page.records).toHaveLength(5)
    expect(storm.hits).toBe(3)
    const statuses = halo.mock.requests
      .filter((request) => request.path.toLowerCase() === '/api/tickets')
      .map((request) => request.status)
    expect(statuses).toEqual([429, 429, 429, 200])
  })
})
