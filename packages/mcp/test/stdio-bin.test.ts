import { seed } from '@halo/mock'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { BIN_PATH, binEnv, requireBuiltBin, SUBPROCESS_TIMEOUT_MS } from './support/built-bin.js'
import { callError, callJson, READ_TOOLS, WRITE_TOOLS } from './support/mcp-harness.js'

const halo = useHaloMockServer()
const open: Client[] = []

/** Starts `node dist/cli.js …args` as an MCP client would, and connects to it over its stdio. */
async function spawnBin(
  args: string[] = [],
  extraEnv: Record<string, string> = {},
): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN_PATH, ...args],
    env: binEnv(halo, extraEnv),
    stderr: 'pipe',
  })
  let stderr = ''
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const client = new Client({ name: 'halo-mcp-stdio-test', version: '1.0.0' })
  await client.connect(transport)
  open.push(client)
  return { client, stderr: () => stderr }
}

beforeAll(() => {
  requireBuiltBin()
})
afterEach(async () => {
  await Promise.all(open.splice(0).map((client) => client.close()))
})

describe('halo-mcp over stdio (a real subprocess against the simulated Halo)', {
  timeout: SUBPROCESS_TIMEOUT_MS,
}, () => {
  it('lists read tools only, then writes when started with --allow-writes', async () => {
    const readOnly = await spawnBin()
    expect((await readOnly.client.listTools()).tools.map((tool) => tool.name).sort()).toEqual(
      [...READ_TOOLS].sort(),
    )
    const writable = await spawnBin(['--allow-writes'])
    expect((await writable.client.listTools()).tools.map((tool) => tool.name).sort()).toEqual(
      [...READ_TOOLS, ...WRITE_TOOLS].sort(),
    )
    expect(writable.stderr()).toMatch(
      /halo-mcp: http:\/\/127\.0\.0\.1:\d+\/api \(\w+, writes allowed\) on stdio/,
    )
    expect(writable.stderr()).not.toContain('halo-mock-secret')
  })

  it('calls every curated tool', async () => {
    const { client } = await spawnBin(['--allow-writes'])
    const calls: [string, Record<string, unknown>][] = [
      ['search', { query: 'printer', limit: 2 }],
      ['list_tickets', { status: 'New', page_size: 3 }],
      ['get_ticket', { id: seed.ticketId, actions: 2 }],
      ['list_clients', { page_size: 3 }],
      ['get_client', { id: seed.clientId }],
      ['list_users', { search: 'Jordan' }],
      ['list_assets', { page_size: 3 }],
      ['get_asset', { id: seed.assetId }],
      ['search_kb', { query: 'password' }],
      ['get_kb_article', { id: seed.kbArticleId }],
      ['run_report', { report_id: seed.reportId, page_size: 5 }],
      ['get_ticket_type_fields', { ticket_type: 'Incident', mandatory_only: true }],
      ['lookup', { kind: 'agents', name: 'Priya Shah' }],
      ['find_operations', { query: 'appointments' }],
      ['call_operation', { operation: 'listAppointments', page_size: 2 }],
      ['create_ticket', { summary: 'From stdio', ticket_type: 'Incident', client_id: seed.clientId }],
      ['update_ticket', { id: seed.ticketId, status: 'Waiting on User' }],
      ['add_action', { ticket_id: seed.ticketId, note: 'Asked for a screenshot', outcome: 'Email User' }],
    ]
    const called = new Set<string>()
    for (const [name, args] of calls) {
      const answer = await callJson(client, name, args)
      expect(answer, name).toBeTypeOf('object')
      called.add(name)
    }
    expect([...called].sort()).toEqual([...READ_TOOLS, ...WRITE_TOOLS].sort())
    expect(halo.mock.state.tickets.get(seed.ticketId)?.status_id).toBe(3)
  })

  it('refuses a write in read-only mode and sends nothing on a dry run', async () => {
    const readOnly = await spawnBin()
    const refused = await callError(readOnly.client, 'call_operation', {
      operation: 'upsertClients',
      params: { body: [{ name: 'Acme' }] },
    })
    expect(refused).toMatch(/read-only/)
    const writable = await spawnBin(['--allow-writes'])
    const planned = await callJson<{ requests: { method: string; path: string; body: unknown }[] }>(
      writable.client,
      'create_ticket',
      { summary: 'Planned only', ticket_type: seed.ticketTypeId, dry_run: true },
    )
    expect(planned.requests).toEqual([
      {
        method: 'POST',
        path: '/Tickets',
        query: {},
        body: [{ summary: 'Planned only', tickettype_id: seed.ticketTypeId }],
      },
    ])
    expect(
      halo.mock.requests.filter(
        (request) => request.method !== 'GET' && request.path.toLowerCase().startsWith('/api/'),
      ),
    ).toEqual([])
  })

  // Halo sends no Retry-After, so the library backs off on its own schedule: several seconds in all.
  it('survives a 429 storm with the library’s own backoff', async () => {
    const { client } = await spawnBin()
    halo.mock.faults.add({ kind: 'rate-limit', times: 2, match: { method: 'GET', path: '/Asset' } })
    const page = await callJson<{ records: unknown[] }>(client, 'list_assets', { page_size: 4 })
    expect(page.records).toHaveLength(4)
    // A rejected request has no matched operation in the log, so requests are picked by path.
    const statuses = halo.mock.requests
      .filter((r) => r.path.toLowerCase() === '/api/asset')
      .map((r) => r.status)
    expect(statuses).toEqual([429, 429, 200])
  })

  it('keeps stdout for the protocol when HALO_LOG turns logging on', async () => {
    const { client, stderr } = await spawnBin([], { HALO_LOG: 'debug' })
    const status = await callJson<{ id: number }>(client, 'lookup', { kind: 'statuses', name: 'Closed' })
    expect(status.id).toBe(seed.statusClosedId)
    expect(stderr()).toMatch(/\[halo\] (debug|info): /)
    expect(stderr()).not.toContain('halo-mock-secret')
  })

  it('caps a large list and says how to continue', async () => {
    const { client } = await spawnBin()
    const page = await callJson<{ records: unknown[]; total: number; has_more: boolean; note: string }>(
      client,
      'list_tickets',
      { page_size: 100 },
    )
    // 100 compact tickets are more than one answer may hold: the first ones come, and two ways on.
    expect(page.records.length).toBeGreaterThan(10)
    expect(page.records.length).toBeLessThan(100)
    expect(page.total).toBe(120)
    expect(page.has_more).toBe(true)
    expect(page.note).toMatch(/page: 2/)
    expect(page.note).toMatch(/Output capped at \d+ characters/)
  })
})
