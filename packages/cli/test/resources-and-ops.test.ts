import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { describe, expect, it } from 'vitest'
import { runHaloBin } from './support/run-halo.js'

const SLOW = 60_000

describe('halo <resource> list|get|create|update|delete', () => {
  const halo = useHaloMockServer()

  it('lists with wire-name filters and --limit, in json, ndjson, csv and table', {
    timeout: SLOW,
  }, async () => {
    const json = await runHaloBin(['tickets', 'list', '--filter', 'client_id=11', '--limit', '3'], {
      env: halo.env(),
    })
    expect(json.code).toBe(0)
    const records = JSON.parse(json.stdout) as { id: number; client_id: number }[]
    expect(records).toHaveLength(3)
    expect(records.every((r) => r.client_id === 11)).toBe(true)
    const listCall = halo.mock.requests.find((r) => r.method === 'GET' && /\/api\/tickets$/i.test(r.path))
    expect(listCall).toBeDefined()

    const ndjson = await runHaloBin(['tickets', 'list', '--limit', '4', '--output', 'ndjson'], {
      env: halo.env(),
    })
    const lines = ndjson.stdout.trim().split('\n')
    expect(lines).toHaveLength(4)
    expect(JSON.parse(lines[0] ?? '')).toHaveProperty('id')

    const csv = await runHaloBin(['clients', 'list', '--limit', '2', '--output', 'csv'], { env: halo.env() })
    const csvLines = csv.stdout.trim().split('\n')
    expect(csvLines[0]).toMatch(/^id,/)
    expect(csvLines).toHaveLength(3)

    const table = await runHaloBin(['tickets', 'list', '--limit', '2', '--output', 'table'], {
      env: halo.env(),
    })
    expect(table.stdout).toMatch(/│ id\s+│ summary/)
    expect(table.stdout).toContain('2 records')
  })

  it('gets, creates, updates and deletes (delete needs --yes without a terminal)', {
    timeout: SLOW,
  }, async () => {
    const get = await runHaloBin(['tickets', 'get', '1001'], { env: halo.env() })
    expect(JSON.parse(get.stdout)).toMatchObject({ id: 1001 })

    const created = await runHaloBin(
      ['tickets', 'create', '--data', '{"summary":"From the CLI","tickettype_id":1}'],
      {
        env: halo.env(),
      },
    )
    expect(created.code).toBe(0)
    const ticket = JSON.parse(created.stdout) as { id: number; summary: string }
    expect(ticket.summary).toBe('From the CLI')

    const updated = await runHaloBin(['tickets', 'update', String(ticket.id), '--data', '-'], {
      env: halo.env(),
      input: '{"summary":"Renamed"}',
    })
    expect(updated.code).toBe(0)
    expect(JSON.parse(updated.stdout)).toMatchObject({ id: ticket.id, summary: 'Renamed' })

    halo.mock.clearRequests()
    const refused = await runHaloBin(['tickets', 'delete', String(ticket.id)], { env: halo.env() })
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/--yes/)
    expect(halo.mock.requests.filter((r) => r.method === 'DELETE')).toEqual([])

    const deleted = await runHaloBin(['tickets', 'delete', String(ticket.id), '--yes'], { env: halo.env() })
    expect(deleted.code).toBe(0)
    expect(halo.mock.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1)
    const gone = await runHaloBin(['tickets', 'get', String(ticket.id)], { env: halo.env() })
    expect(gone.code).toBe(1)
  })

  it('--dry-run on create, update and delete prints method, path and body and sends nothing', {
    timeout: SLOW,
  }, async () => {
    const env = halo.env()
    const create = await runHaloBin(['tickets', 'create', '--data', '{"summary":"x"}', '--dry-run'], { env })
    expect(JSON.parse(create.stdout)).toEqual({
      dryRun: true,
      method: 'POST',
      path: '/Tickets',
      body: [{ summary: 'x' }],
    })
    const update = await runHaloBin(
      ['clients', 'update', '11', '--data', '{"name":"Renamed"}', '--dry-run'],
      { env },
    )
    expect(JSON.parse(update.stdout)).toEqual({
      dryRun: true,
      method: 'POST',
      path: '/Client',
      body: [{ name: 'Renamed', id: 11 }],
    })
    const remove = await runHaloBin(['tickets', 'delete', '1001', '--dry-run'], { env })
    expect(JSON.parse(remove.stdout)).toEqual({ dryRun: true, method: 'DELETE', path: '/Tickets/1001' })
    // Not even a token request: the mock saw nothing at all.
    expect(halo.mock.requests).toEqual([])
  })

  it('offers the five subcommands for every resource name, generated namespaces included', {
    timeout: SLOW,
  }, async () => {
    const help = await runHaloBin(['--help'])
    const names = [...help.stdout.matchAll(/\n {2}([a-zA-Z0-9]+)(?: \[options\])?\s/g)].map((m) => m[1])
    expect(names.length).toBeGreaterThan(250)
    const generated = await runHaloBin(['cabs', '--help'])
    expect(generated.code).toBe(0)
    for (const sub of ['list', 'get', 'create', 'update', 'delete']) expect(generated.stdout).toContain(sub)
    expect(generated.stdout).toMatch(/GET \/CAB/)
    const listed = await runHaloBin(['statuses', 'list', '--limit', '2'], { env: halo.env() })
    expect(listed.code).toBe(0)
    expect(JSON.parse(listed.stdout)).toHaveLength(2)
  })
})

describe('halo ops', () => {
  const halo = useHaloMockServer()

  it('lists all 1216 operations and searches them by words', { timeout: SLOW }, async () => {
    const all = await runHaloBin(['ops', 'list'])
    expect(all.code).toBe(0)
    expect(JSON.parse(all.stdout)).toHaveLength(1216)
    const found = JSON.parse((await runHaloBin(['ops', 'list', '--search', 'ticket get'])).stdout) as {
      name: string
    }[]
    expect(found.map((op) => op.name)).toContain('getTicket')
    expect(found.every((op) => /ticket/i.test(JSON.stringify(op)))).toBe(true)
  })

  it('shows help for an operation from the library catalog: description, each parameter with type and place', {
    timeout: SLOW,
  }, async () => {
    const show = await runHaloBin(['ops', 'show', 'getTicket', '--output', 'table'])
    expect(show.stdout).toContain('getTicket: GET /Tickets/{id}')
    expect(show.stdout).toContain('Use this to return a single instance of Faults.')
    expect(show.stdout).toMatch(/\n {4}id +integer +path, required: "id" in --params\n/)
    expect(show.stdout).toMatch(
      /\n {4}includedetails +boolean +query: "includedetails" in --params — Include extra objects in the response\.\n/,
    )
    const json = JSON.parse((await runHaloBin(['ops', 'show', 'upsertTickets'])).stdout) as {
      parameters: unknown[]
      body: unknown
    }
    expect(json.body).toEqual({ kind: 'json-array', entity: 'Faults' })

    const callHelp = await runHaloBin(['ops', 'call', 'listTickets', '--help'])
    expect(callHelp.code).toBe(0)
    expect(callHelp.stdout).toContain('Usage: halo ops call')
    expect(callHelp.stdout).toContain('listTickets: GET /Tickets (Halo tag Faults)')
    expect(callHelp.stdout).toMatch(
      /\n {4}agent_id +integer +query: "agent_id" in --params — Filters by the specified agent\.\n/,
    )
    expect(callHelp.stdout).toContain('paged: every page is fetched')

    const listed = JSON.parse((await runHaloBin(['ops', 'list', '--search', 'appointment delete'])).stdout)
    expect(listed).toContainEqual({
      name: 'deleteAppointment',
      method: 'DELETE',
      path: '/Appointment/{id}',
      tag: 'Appointment',
      summary: 'Delete one Appointment',
    })
  })

  it('explains the operation behind each resource verb in its --help, with how the verb takes each parameter', {
    timeout: SLOW,
  }, async () => {
    const list = await runHaloBin(['tickets', 'list', '--help'])
    expect(list.stdout).toContain('Calls listTickets: GET /Tickets (Halo tag Faults)')
    expect(list.stdout).toMatch(/\n {4}client_id +integer +query: --filter client_id=… — /)
    const get = await runHaloBin(['assets', 'get', '--help'])
    expect(get.stdout).toContain('Calls getAsset: GET /Asset/{id}')
    expect(get.stdout).toMatch(/\n {4}id +integer +path: the <id> argument\n/)
    const create = await runHaloBin(['clients', 'create', '--help'])
    expect(create.stdout).toContain('Calls upsertClients: POST /Client')
    expect(create.stdout).toContain('body: a JSON array of records (Area), as --data (one object')
    const remove = await runHaloBin(['cabs', 'delete', '--help'])
    expect(remove.stdout).toContain('Calls deleteCab: DELETE /CAB/{id}')
  })

  it('calls an operation by name; a paged list honours --limit; a write honours --dry-run', {
    timeout: SLOW,
  }, async () => {
    const one = await runHaloBin(['ops', 'call', 'getTicket', '--params', '{"id":1001}'], { env: halo.env() })
    expect(one.code).toBe(0)
    expect(JSON.parse(one.stdout)).toMatchObject({ id: 1001 })
    const list = await runHaloBin(['ops', 'call', 'listTickets', '--limit', '5'], { env: halo.env() })
    expect(JSON.parse(list.stdout)).toHaveLength(5)
    const missing = await runHaloBin(['ops', 'call', 'getTicket'], { env: halo.env() })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('needs id')
    const unknown = await runHaloBin(['ops', 'call', 'noSuchOperation'], { env: halo.env() })
    expect(unknown.code).toBe(2)
    halo.mock.clearRequests()
    const dry = await runHaloBin(
      ['ops', 'call', 'upsertTickets', '--params', '{"body":[{"summary":"a"}]}', '--dry-run'],
      {
        env: halo.env(),
      },
    )
    expect(JSON.parse(dry.stdout)).toEqual({
      dryRun: true,
      method: 'POST',
      path: '/Tickets',
      body: [{ summary: 'a' }],
    })
    expect(halo.mock.requests).toEqual([])
  })
})
