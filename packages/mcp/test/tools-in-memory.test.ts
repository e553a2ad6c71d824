import { seed } from '@halo/mock'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Connected,
  callError,
  callJson,
  connectInMemory,
  mockClient,
  READ_TOOLS,
  WRITE_TOOLS,
} from './support/mcp-harness.js'

const halo = useHaloMockServer()
let readOnly: Connected
let writable: Connected

beforeAll(async () => {
  const client = mockClient(halo.url)
  readOnly = await connectInMemory({ client })
  writable = await connectInMemory({ client, allowWrites: true })
})
afterAll(async () => {
  await readOnly.close()
  await writable.close()
})

describe('tool list', () => {
  it('offers only read tools by default', async () => {
    const { tools } = await readOnly.client.listTools()
    expect(tools.map((tool) => tool.name).sort()).toEqual([...READ_TOOLS].sort())
  })

  it('adds the write tools when writes are allowed', async () => {
    const { tools } = await writable.client.listTools()
    expect(tools.map((tool) => tool.name).sort()).toEqual([...READ_TOOLS, ...WRITE_TOOLS].sort())
    const create = tools.find((tool) => tool.name === 'create_ticket')
    expect(create?.inputSchema.required).toEqual(['summary', 'ticket_type'])
    expect(Object.keys(create?.inputSchema.properties ?? {})).toContain('dry_run')
    expect(create?.annotations?.readOnlyHint).toBe(false)
  })

  it('describes inputs with the API spec’s own words', async () => {
    const { tools } = await readOnly.client.listTools()
    const list = tools.find((tool) => tool.name === 'list_tickets')
    const properties = list?.inputSchema.properties as Record<string, { description?: string }>
    expect(properties.client_id?.description).toBe('Filters by the specified client.')
    expect(properties.status?.description).toMatch(/name .*or its numeric id/)
    const lookup = tools.find((tool) => tool.name === 'lookup')
    const kind = (lookup?.inputSchema.properties as Record<string, { enum?: string[] }> | undefined)?.kind
    expect(kind?.enum).toEqual([
      'statuses',
      'priorities',
      'ticket_types',
      'agents',
      'teams',
      'categories',
      'outcomes',
    ])
  })
})

describe('read tools against the simulated Halo', () => {
  it('search finds tickets, assets, articles and users at once', async () => {
    const found = await callJson<{ tickets: { id: number }[]; kb_articles: { name: string }[] }>(
      readOnly.client,
      'search',
      { query: 'password', limit: 3 },
    )
    expect(found.tickets.length).toBeGreaterThan(0)
    expect(found.tickets.length).toBeLessThanOrEqual(3)
    expect(found.kb_articles.map((article) => article.name)).toContain(
      'Reset your password with self-service',
    )
  })

  it('list_tickets takes names and answers compact records', async () => {
    const page = await callJson<{ records: Record<string, unknown>[]; total: number }>(
      readOnly.client,
      'list_tickets',
      { status: 'in progress', agent: 'Priya Shah', page_size: 10 },
    )
    expect(page.records.length).toBeGreaterThan(0)
    for (const ticket of page.records) {
      expect(ticket.status_id).toBe(seed.statusInProgressId)
      expect(ticket.agent_id).toBe(seed.agentId)
      expect(Object.keys(ticket).length).toBeLessThanOrEqual(18)
      expect(ticket).not.toHaveProperty('guid')
    }
    const sent = halo.mock.requests.find((request) => request.operation === 'GET /Tickets')
    expect(sent?.query).toMatchObject({ status_id: '2', agent_id: '2', pageinate: 'true', page_size: '10' })
  })

  it('list_tickets returns more fields on request', async () => {
    const page = await callJson<{ records: Record<string, unknown>[] }>(readOnly.client, 'list_tickets', {
      page_size: 1,
      fields: ['guid', 'sla_id'],
    })
    expect(page.records[0]).toHaveProperty('guid')
    expect(page.records[0]).toHaveProperty('sla_id')
    const all = await callJson<{ records: Record<string, unknown>[] }>(readOnly.client, 'list_tickets', {
      page_size: 1,
      fields: ['*'],
    })
    expect(Object.keys(all.records[0] ?? {}).length).toBeGreaterThan(30)
  })

  it('get_ticket answers the ticket with details as text and its actions', async () => {
    const ticket = await callJson<{
      id: number
      details: string
      actions: { note?: string }[]
      status_name: string
    }>(readOnly.client, 'get_ticket', { id: seed.ticketId })
    expect(ticket.id).toBe(seed.ticketId)
    expect(ticket.details).toMatch(/^Since this morning Outlook prompts/)
    expect(ticket.details).not.toContain('<p>')
    expect(ticket.status_name).toBe('In Progress')
    expect(ticket.actions.length).toBeGreaterThan(0)
  })

  it('list_clients and get_client', async () => {
    const clients = await callJson<{ records: { id: number; name: string }[] }>(
      readOnly.client,
      'list_clients',
      {
        search: 'northwind',
      },
    )
    expect(clients.records.map((client) => client.name)).toEqual(['Northwind Logistics'])
    const client = await callJson<{ id: number; sites: { name: string }[] }>(readOnly.client, 'get_client', {
      id: seed.clientId,
    })
    expect(client.id).toBe(seed.clientId)
    expect(client.sites.map((site) => site.name)).toContain('Head Office')
  })

  it('list_users filters by client', async () => {
    const users = await callJson<{ records: { client_id: number }[] }>(readOnly.client, 'list_users', {
      client_id: seed.clientId,
    })
    expect(users.records.length).toBeGreaterThan(0)
    expect(users.records.every((user) => user.client_id === seed.clientId)).toBe(true)
  })

  it('list_assets and get_asset', async () => {
    const assets = await callJson<{ records: { id: number }[]; page_size: number }>(
      readOnly.client,
      'list_assets',
      {
        client_id: seed.clientId,
        page_size: 100,
      },
    )
    // Assets page at 50 at most: the tool asks for what Halo serves.
    expect(assets.page_size).toBe(50)
    const asset = await callJson<{ id: number; inventory_number: string; fields: { name: string }[] }>(
      readOnly.client,
      'get_asset',
      { id: seed.assetId },
    )
    expect(asset.inventory_number).toBe('NL-LT-0001')
    expect(asset.fields.map((field) => field.name)).toContain('Serial Number')
  })

  it('search_kb and get_kb_article', async () => {
    const found = await callJson<{ records: { id: number; name: string }[] }>(readOnly.client, 'search_kb', {
      query: 'VPN',
    })
    expect(found.records.map((article) => article.name)).toContain('Connect to the company VPN')
    const article = await callJson<{ resolution: string }>(readOnly.client, 'get_kb_article', {
      id: seed.kbArticleId,
    })
    expect(article.resolution).toMatch(/Forgotten password/)
  })

  it('run_report runs a saved report and a read-only SQL query', async () => {
    const saved = await callJson<{ records: unknown[]; total: number }>(readOnly.client, 'run_report', {
      report_id: seed.reportId,
    })
    expect(saved.total).toBeGreaterThan(0)
    const sql = await callJson<{ records: { faultid: number }[] }>(readOnly.client, 'run_report', {
      sql: 'SELECT TOP 3 faultid, symptom FROM faults',
    })
    expect(sql.records).toHaveLength(3)
    expect(await callError(readOnly.client, 'run_report', { sql: 'DELETE FROM faults' })).toMatch(/SELECT/)
  })

  it('get_ticket_type_fields by name', async () => {
    const answer = await callJson<{
      ticket_type: { id: number }
      fields: { name: string; mandatory: boolean }[]
    }>(readOnly.client, 'get_ticket_type_fields', { ticket_type: 'Incident' })
    expect(answer.ticket_type.id).toBe(seed.ticketTypeId)
    expect(answer.fields.map((field) => field.name)).toContain('symptom')
  })

  it('lookup resolves names and lists a kind', async () => {
    expect(
      await callJson(readOnly.client, 'lookup', { kind: 'statuses', name: 'In Progress' }),
    ).toMatchObject({
      id: seed.statusInProgressId,
    })
    expect(
      await callJson(readOnly.client, 'lookup', { kind: 'teams', name: '1st line support' }),
    ).toMatchObject({
      id: seed.teamId,
    })
    const priorities = await callJson<{ records: { id: number; name: string }[] }>(
      readOnly.client,
      'lookup',
      {
        kind: 'priorities',
      },
    )
    expect(priorities.records.map((priority) => priority.name)).toContain('High')
    const unknown = await callError(readOnly.client, 'lookup', { kind: 'statuses', name: 'Nope' })
    expect(unknown).toMatch(/No status named "Nope"\. Known: .*In Progress/)
  })
})

describe('errors are tool errors with the library’s message', () => {
  it('a missing ticket says so, without a stack', async () => {
    const message = await callError(readOnly.client, 'get_ticket', { id: 999_999 })
    expect(message).toMatch(/^HaloResourceNotFound: /)
    expect(message).not.toMatch(/\n\s+at /)
  })

  it('bad input is refused by the schema before anything is sent', async () => {
    halo.mock.clearRequests()
    const result = await readOnly.client.callTool({ name: 'get_ticket', arguments: { id: 'abc' } })
    expect(result.isError).toBe(true)
    expect(halo.mock.requests).toHaveLength(0)
  })
})
