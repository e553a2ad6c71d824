// Every example of the guide, run against the simulated Halo, with what it logged and returned checked.
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { HaloClient } from '@halo/client'
import { createHaloMock, mockCredentials, seed } from '@halo/mock'
import { haloHandlers } from '@halo/mock/msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import * as assets from '../assets.js'
import * as categories from '../categories.js'
import { tour } from '../demo.js'
import * as errors from '../errors.js'
import * as extending from '../extending.js'
import * as knowledgeBase from '../knowledge-base.js'
import * as quickStart from '../quick-start.js'
import * as rawAccess from '../raw-access.js'
import * as reports from '../reports.js'
import * as search from '../search.js'
import * as tickets from '../tickets.js'
import * as usersAndClients from '../users-and-clients.js'

const BASE_URL = 'https://halo.example.test'
const mock = createHaloMock({ baseUrl: BASE_URL })
const server = setupServer(...haloHandlers(mock))
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(() => mock.reset())
afterAll(() => server.close())

function client(): HaloClient {
  return new HaloClient({ baseUrl: BASE_URL, ...mockCredentials, rateLimit: false })
}

/** Runs an example and answers what it returned and the lines it logged. */
async function runExample<T>(run: (halo: HaloClient, log: (line: string) => void) => Promise<T>) {
  const lines: string[] = []
  const result = await run(client(), (line) => lines.push(line))
  return { result, lines, output: lines.join('\n') }
}

describe('examples', () => {
  it('extending: a resource built from the toolkit creates, renames, lists and deletes a holiday', async () => {
    const { result, output } = await runExample(extending.run)
    expect(typeof result.holidayId).toBe('number')
    expect(result.renamed).toBe('Founders’ Day')
    expect(result.count).toBeGreaterThan(0)
    expect(output).toContain(`Created holiday #${result.holidayId} "Founders Day"`)
    expect(
      mock.requests.some((request) => request.method === 'DELETE' && /\/Holiday\//i.test(request.path)),
    ).toBe(true)
  })

  it('quick-start: logs a ticket, moves it to In Progress and adds a note', async () => {
    const { result, output } = await runExample(quickStart.run)
    const stored = mock.state.tickets.get(result.ticketId as number)
    expect(stored?.summary).toBe('Server outage')
    expect(stored?.status_id).toBe(seed.statusInProgressId)
    expect(result.statusId).toBe(seed.statusInProgressId)
    expect(
      mock.state.actions.list(result.ticketId as number).some((action) => action.id === result.actionId),
    ).toBe(true)
    expect(result.mandatory.length).toBeGreaterThan(0)
    expect(output).toMatch(/Connected to https:\/\/halo\.example\.test\/api: \d+ ticket types/)
    expect(output).toContain(`Logged ticket #${result.ticketId} "Server outage"`)
  })

  it('tickets: batch create, action, attachment, search and streaming', async () => {
    const { result, output } = await runExample(tickets.run)
    expect(result.created).toBe(3)
    expect(
      mock.requests.filter((request) => request.operation === 'POST /Tickets').length,
    ).toBeGreaterThanOrEqual(2)
    const attachment = mock.state.attachments.find((stored) => stored.filename === 'vpn.log')
    expect(attachment?.ticket_id).toBe(result.ticketId)
    expect(result.found).toBeGreaterThan(0)
    expect(result.streamed).toBe(25)
    expect(output).toMatch(/lacks: \S/)
  })

  it('assets: laptops of a client, software, next tag', async () => {
    const { result, output } = await runExample(assets.run)
    expect(result.laptops).toBeGreaterThan(0)
    expect(result.nextTag).toBeDefined()
    expect(output).toContain('Northwind Logistics has')
  })

  it('categories: the four tiers and name → id', async () => {
    const { result, output } = await runExample(categories.run)
    expect(result.counts).toEqual([13, 5, 5, 5])
    expect(result.tiers).toBeGreaterThan(0)
    expect(typeof result.laptopId).toBe('number')
    expect(output).toContain('Category 4: 5 values')
  })

  it('users-and-clients: sites, users, contracts and addRole keeping roles', async () => {
    const { result, output } = await runExample(usersAndClients.run)
    expect(result.clientName).toBe('Northwind Logistics')
    expect(result.sites).toBeGreaterThan(0)
    expect(result.rolesAfter).toEqual(expect.arrayContaining(result.rolesBefore))
    expect(result.rolesAfter.length).toBe(result.rolesBefore.length + 1)
    expect(output).toContain('Signed in as user')
  })

  it('knowledge-base: search and vote', async () => {
    const { result, output } = await runExample(knowledgeBase.run)
    expect(result.found).toBeGreaterThan(0)
    expect(result.usefulCount).toBeGreaterThan(0)
    expect(output).toMatch(/"password": \d+ articles/)
  })

  it('reports: run, PDF and bookmark', async () => {
    const { result, output } = await runExample(reports.run)
    expect(result.rows).toBeGreaterThan(0)
    expect(mock.requests.some((request) => /\/report\/createpdf$/i.test(request.path))).toBe(true)
    expect(mock.requests.some((request) => /\/report\/bookmark$/i.test(request.path))).toBe(true)
    expect(output).toContain('"Open tickets by client":')
  })

  it('search: one resource and everywhere', async () => {
    const { result } = await runExample(search.run)
    expect(result.tickets).toBeGreaterThan(0)
    expect(result.everywhere.kbArticles).toBeGreaterThan(0)
    expect(result.everywhere.kbArticles).toBeLessThanOrEqual(5)
  })

  it('raw-access: get, post, ops, paginate, delete', async () => {
    const { result, output } = await runExample(rawAccess.run)
    expect(result.operations).toBe(1216)
    expect(result.pages).toBe(3) // 50 + 50 + 20 of the first 120 tickets
    expect(mock.state.tickets.get(result.createdId)).toBeUndefined()
    expect(output).toContain('GET /Status: New, In Progress')
  })

  it('errors: not found, validation, unknown path', async () => {
    const { result, output } = await runExample(errors.run)
    expect(result.caught).toEqual(['HaloResourceNotFound', 'HaloValidationError', 'HaloResourceNotFound'])
    expect(output).toContain('HaloResourceNotFound: 404 GET https://halo.example.test/api/Tickets/999999')
    expect(output).toMatch(/Summary field is required/)
  })
})

describe('demo', () => {
  it('tours the Quick Start in short readable lines', async () => {
    const lines: string[] = []
    const steps = await tour(client(), (line) => lines.push(line))
    expect(steps).toBe(12)
    const output = lines.join('\n')
    for (const title of [
      'Connect',
      'List ticket types',
      'Read the fields of "Incident"',
      'Create a ticket',
      'Update it',
      'Add an action and an attachment',
      'List assets',
      'Walk the four category tiers',
      'Users and clients',
      'Search the knowledge base',
      'Run a report',
      'Universal search',
    ])
      expect(output).toContain(title)
    expect(lines.every((line) => line.length <= 140)).toBe(true)
    expect(lines.some((line) => /^\s*[[{]/.test(line))).toBe(false) // no JSON dumps
    const created = mock.state.tickets.find((ticket) => ticket.summary === 'Server outage')
    expect(created?.status_id).toBe(seed.statusInProgressId)
  })

  it('names the step that failed, with the Halo error as its cause', async () => {
    mock.faults.add({ kind: 'status', status: 500, match: { method: 'GET', path: '/Asset*' } })
    const halo = new HaloClient({ baseUrl: BASE_URL, ...mockCredentials, rateLimit: false, retry: false })
    const failure = await tour(halo, () => {}).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toMatch(/^Step 7 \(List assets\) failed: /)
    expect((failure as Error).cause).toMatchObject({ name: 'HaloServerError', status: 500 })
  })

  it('runs as a script against its own simulated Halo and exits 0', async () => {
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))
    const demo = fileURLToPath(new URL('../demo.ts', import.meta.url))
    const { stdout } = await promisify(execFile)(tsx, [demo], { timeout: 120_000 })
    expect(stdout).toContain('Simulated Halo (@halo/mock) listening on http://127.0.0.1:')
    expect(stdout).toMatch(/Done: 12 steps, \d+ requests/)
  }, 120_000)
})
