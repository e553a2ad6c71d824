// Runs every ```ts block of the README against the simulated Halo. Each block becomes a module of its
// own: `@halo/client` and `@halo/mock` point at this package's source and the mock, and a block that
// does not create its own `halo` gets the shared one, connected to the mock.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createHaloMock, mockCredentials } from '@halo/mock'
import { haloHandlers } from '@halo/mock/msw'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { README_BASE_URL } from './support/readme-halo.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')

const sourceIndex = fileURLToPath(new URL('../src/index.ts', import.meta.url))
const sharedHalo = fileURLToPath(new URL('./support/readme-halo.ts', import.meta.url))
const mockEntry = fileURLToPath(import.meta.resolve('@halo/mock'))

const mock = createHaloMock({ baseUrl: README_BASE_URL })
const server = setupServer(...haloHandlers(mock))
let directory = ''

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'bypass' }) // the loopback mock of one example is real HTTP
  directory = mkdtempSync(join(tmpdir(), 'halo-client-readme-'))
  mkdirSync(directory, { recursive: true })
  vi.stubEnv('HALO_BASE_URL', README_BASE_URL)
  vi.stubEnv('HALO_CLIENT_ID', mockCredentials.clientId)
  vi.stubEnv('HALO_CLIENT_SECRET', mockCredentials.clientSecret)
})
beforeEach(() => mock.reset())
afterAll(() => {
  server.close()
  vi.unstubAllEnvs()
  rmSync(directory, { recursive: true, force: true })
})

/** The block as a module: imports pointed at this repository, the shared `halo` added when needed. */
function moduleOf(block: string): string {
  const source = block
    .replaceAll("from '@halo/client'", `from ${JSON.stringify(sourceIndex)}`)
    .replaceAll("from '@halo/mock'", `from ${JSON.stringify(mockEntry)}`)
  const declaresHalo = /\bconst halo\b/.test(source)
  return declaresHalo ? source : `import { halo } from ${JSON.stringify(sharedHalo)}\n${source}`
}

/** What each block must have done to the simulated Halo, found by a line the block contains. */
const effects: Record<string, (logged: string) => void> = {
  'const halo = HaloClient.fromEnv()': (logged) =>
    expect(logged).toMatch(/^\d+ ticket types at https:\/\/acme\.halopsa\.com\/api$/m),
  'startHaloMock()': (logged) => expect(logged).toMatch(/\S/),
  "summary: 'Server outage'": () => {
    const ticket = mock.state.tickets.find((candidate) => candidate.summary === 'Server outage')
    expect(ticket?.status_id).toBe(2)
    expect(
      mock.state.actions
        .list(ticket?.id as number)
        .some((action) => String(action.note_html).includes('Restarted')),
    ).toBe(true)
    expect(
      mock.state.attachments.find(
        (attachment) => attachment.filename === 'error_log.txt' && attachment.ticket_id === ticket?.id,
      ),
    ).toBeDefined()
    expect(mock.state.tickets.find((candidate) => candidate.summary === 'New starter laptop')).toBeDefined()
  },
  'addRole(5)': () => expect(mock.requests.some((request) => request.operation === 'POST /Users')).toBe(true),
  'vote({ helpful: true })': () =>
    expect(mock.requests.some((request) => /\/report\/bookmark$/i.test(request.path))).toBe(true),
  "halo.search('password'": (logged) => expect(logged).toMatch(/^\d+ \d+ [1-9]\d* \d+$/m),
  'halo.ops.getTicket': (logged) => {
    expect(Number(logged.trim())).toBeGreaterThanOrEqual(297)
    expect(mock.state.tickets.find((candidate) => candidate.summary === 'Created raw')).toBeDefined()
  },
  'halo.tickets.restore(': (logged) => {
    expect(logged).toMatch(/^Deleted by mistake error_log\.txt true true true$/m)
    const savedPath = logged.split('\n').at(-1) ?? ''
    expect(readFileSync(savedPath, 'utf8')).toMatch(/ERROR/)
    rmSync(dirname(savedPath), { recursive: true, force: true })
    expect(mock.state.tickets.find((ticket) => ticket.summary === 'Deleted by mistake')?.deleted).toBe(false)
  },
  'isHaloResourceNotFound(error)': (logged) =>
    expect(logged).toBe('404 https://acme.halopsa.com/api/Tickets/999999'),
}

describe('README', () => {
  it('has the examples this test expects', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(Object.keys(effects).length)
    for (const marker of Object.keys(effects))
      expect(blocks.some((block) => block.includes(marker))).toBe(true)
  })

  it.each(blocks.map((block, index) => [index + 1, block.split('\n')[0], block] as const))(
    'block %i (%s) runs against the simulated Halo',
    async (index, _firstLine, block) => {
      const file = join(directory, `block-${index}.ts`)
      writeFileSync(file, moduleOf(block))
      const lines: string[] = []
      const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
        lines.push(args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '))
      })
      try {
        await import(pathToFileURL(file).href)
      } finally {
        log.mockRestore()
      }
      const logged = lines.join('\n')
      for (const [marker, check] of Object.entries(effects)) if (block.includes(marker)) check(logged)
    },
  )
})
