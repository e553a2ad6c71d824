// The README's usage example, run as written: its code block is copied to a file next to this
// package (so `@halo/sync` resolves to the built package) and executed in a scratch directory with
// HALO_* pointing at a simulated Halo.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { mockCredentials, type RunningHaloMock, startHaloMock } from '@halo/mock'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freshDatabase, redisUrl, serversAvailable } from './support/servers.js'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
// Resolved here: the scratch directory the script runs in has no node_modules.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

function blockUnder(heading: string): string {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf(heading))
  const match = /```ts\n([\s\S]*?)```/.exec(section)
  if (match?.[1] === undefined) throw new Error(`no ts block under "${heading}" in the README`)
  return match[1]
}

// The README's examples print with console.log, which colours numbers when FORCE_COLOR is set (nx
// sets it for the tasks it runs): their output is compared as plain text, so the scripts run without it.
const { FORCE_COLOR: _forceColor, ...uncolouredEnv } = process.env

describe('README usage', () => {
  let server: RunningHaloMock
  let scratch: string
  const script = join(packageDir, 'test', '.readme-usage.generated.ts')
  beforeAll(async () => {
    server = await startHaloMock({ port: 0, ticketCount: 130 })
    scratch = mkdtempSync(join(tmpdir(), 'halo-sync-readme-'))
  })
  afterAll(async () => {
    await server.close()
    rmSync(scratch, { recursive: true, force: true })
    rmSync(script, { force: true })
  })

  it('mirrors tickets and actions into ./halo.db and queries it', async () => {
    writeFileSync(script, blockUnder('## Usage'))
    // Asynchronous: the simulated Halo answers from this process while the script runs.
    const run = await promisify(execFile)(process.execPath, ['--import', tsx, script], {
      cwd: scratch,
      encoding: 'utf8',
      env: {
        ...uncolouredEnv,
        HALO_BASE_URL: server.url,
        HALO_CLIENT_ID: mockCredentials.clientId,
        HALO_CLIENT_SECRET: mockCredentials.clientSecret,
      },
    })
    expect(run.stderr).toBe('')
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toBe('tickets: 130 fetched, 130 written, 0 deleted, 2 requests')
    expect(lines[1]).toMatch(/^actions: \d+ fetched, \d+ written, 0 deleted, 1 requests$/)
    const newTickets = [...server.mock.state.tickets.values()].filter((t) => t.status_id === 1).length
    expect(lines[2]).toBe(`${newTickets} new tickets`)
  })

  // 130 assets at Halo's 50 a page: 3 requests.
  it.skipIf(!serversAvailable)('several processes: Postgres mirror, Redis budget', async () => {
    writeFileSync(script, blockUnder('## Several processes'))
    const run = await promisify(execFile)(process.execPath, ['--import', tsx, script], {
      cwd: scratch,
      encoding: 'utf8',
      env: {
        ...uncolouredEnv,
        HALO_BASE_URL: server.url,
        HALO_CLIENT_ID: mockCredentials.clientId,
        HALO_CLIENT_SECRET: mockCredentials.clientSecret,
        REDIS_URL: redisUrl,
        MIRROR_URL: await freshDatabase(),
      },
    })
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe('tickets 2, actions 1, users 1, clients 1, sites 1, assets 3')
  })
})
