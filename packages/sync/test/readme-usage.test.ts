// The README's usage example, run as written: its code block is copied to a file next to this
// package (so `@halo/sync` resolves to the built package) and executed in a scratch directory with
// HALO_* pointing at a simulated Halo.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { mockCredentials, type RunningHaloMock, startHaloMock } from '@halo/mock'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const packageDir = fileURLToPath(new URL('..', import.meta.url))
// Resolved here: the scratch directory the script runs in has no node_modules.
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href

function usageBlock(): string {
  const readme = readFileSync(join(packageDir, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Usage'))
  const match = /```ts\n([\s\S]*?)```/.exec(section)
  if (match?.[1] === undefined) throw new Error('no ts block under "## Usage" in the README')
  return match[1]
}

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

  it('mirrors tickets and actions into ./halo.db and queries it', () => {
    writeFileSync(script, usageBlock())
    const run = spawnSync(process.execPath, ['--import', tsx, script], {
      cwd: scratch,
      encoding: 'utf8',
      env: {
        ...process.env,
        HALO_BASE_URL: server.url,
        HALO_CLIENT_ID: mockCredentials.clientId,
        HALO_CLIENT_SECRET: mockCredentials.clientSecret,
      },
    })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const lines = run.stdout.trim().split('\n')
    expect(lines[0]).toBe('tickets: 130 fetched, 130 written, 0 deleted, 2 requests')
    expect(lines[1]).toMatch(/^actions: \d+ fetched, \d+ written, 0 deleted, 1 requests$/)
    const newTickets = [...server.mock.state.tickets.values()].filter((t) => t.status_id === 1).length
    expect(lines[2]).toBe(`${newTickets} new tickets`)
  })
})
