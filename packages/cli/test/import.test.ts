import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { parseCsv } from '@halo/tickets'
import { describe, expect, it } from 'vitest'
import { createdTicketSummaries as createdSummaries } from './support/created-tickets.js'
import { runHaloBin, startHaloBin, useTemporaryFolder } from './support/run-halo.js'

const SLOW = 180_000
const ROWS = 500
/** File lines (the header is line 1) made invalid, and why. */
const INVALID = { 10: 'empty mandatory summary', 77: 'unknown impact', 300: 'unknown category' } as const

const work = useTemporaryFolder('import', 'test')

/** A 500-row import file for ticket type 1 with three invalid rows; row n is on line n + 1. */
async function writeImportFile(name = 'tickets.csv'): Promise<string> {
  const lines = ['symptom,symptom2,Category,CFimpact,CFurgency']
  for (let row = 1; row <= ROWS; row++) {
    const line = row + 1
    const summary = line === 10 ? '' : `Imported ticket ${row}`
    const impact = line === 77 ? 'Nope' : 'Single User'
    const category = line === 300 ? 'Bogus' : 'Hardware>Laptop'
    lines.push(`${summary},Details of row ${row},${category},${impact},Low`)
  }
  const path = join(work.dir, name)
  await writeFile(path, `${lines.join('\n')}\n`, 'utf8')
  return path
}

const VALID = ROWS - Object.keys(INVALID).length

describe('halo import tickets', () => {
  const halo = useHaloMockServer()

  it('validates every row first, names each invalid line, and sends nothing (exit 1)', {
    timeout: SLOW,
  }, async () => {
    const file = await writeImportFile()
    const run = await runHaloBin(['import', 'tickets', file, '--ticket-type', '1'], { env: halo.env() })
    expect(run.code).toBe(1)
    for (const line of Object.keys(INVALID)) expect(run.stderr).toMatch(new RegExp(`line ${line}, column`))
    expect(run.stderr).toMatch(/line 10, column "symptom": "Summary" is mandatory/)
    expect(run.stderr).toContain('3 rows are invalid')
    expect(run.stderr).toContain('nothing was sent')
    expect(halo.mock.requests.filter((r) => r.method === 'POST' && /tickets/i.test(r.path))).toEqual([])
  })

  it('--dry-run shows the chunks of 100 it would send and sends none', { timeout: SLOW }, async () => {
    const file = await writeImportFile()
    const run = await runHaloBin(
      ['import', 'tickets', file, '--ticket-type', '1', '--skip-invalid', '--dry-run'],
      { env: halo.env() },
    )
    expect(run.code).toBe(0)
    const planned = JSON.parse(run.stdout) as {
      method: string
      path: string
      body: { summary: string; tickettype_id: number }[]
    }[]
    expect(planned.map((p) => p.body.length)).toEqual([100, 100, 100, 100, 97])
    expect(planned[0]).toMatchObject({ dryRun: true, method: 'POST', path: '/Tickets' })
    expect(planned[0]?.body[0]).toMatchObject({ summary: 'Imported ticket 1', tickettype_id: 1 })
    expect(createdSummaries(halo.mock)).toEqual([])
    expect(halo.mock.requests.filter((r) => r.method === 'POST' && /tickets/i.test(r.path))).toEqual([])
  })

  it('--skip-invalid creates the rest in chunks of 100 and writes a results file; a rerun creates nothing twice', {
    timeout: SLOW,
  }, async () => {
    const file = await writeImportFile()
    const results = join(work.dir, 'results.csv')
    const run = await runHaloBin(
      ['import', 'tickets', file, '--ticket-type', '1', '--skip-invalid', '--results', results],
      {
        env: halo.env(),
      },
    )
    expect(run.code, run.stderr).toBe(0)
    const posts = halo.mock.requests.filter((r) => r.method === 'POST' && /\/api\/tickets$/i.test(r.path))
    expect(posts.map((p) => (p.body as unknown[]).length)).toEqual([100, 100, 100, 100, 97])
    expect(new Set(createdSummaries(halo.mock)).size).toBe(VALID)

    const [header, ...rows] = parseCsv(await readFile(results, 'utf8'))
    expect(header?.cells).toEqual(['line', 'status', 'id', 'error'])
    expect(rows).toHaveLength(ROWS)
    const byLine = new Map(rows.map((r) => [Number(r.cells[0]), r.cells]))
    expect(byLine.get(2)?.[1]).toBe('created')
    expect(Number(byLine.get(2)?.[2])).toBeGreaterThan(0)
    expect(byLine.get(77)?.[1]).toBe('invalid')
    expect(byLine.get(77)?.[3]).toContain('Nope')

    const again = await runHaloBin(
      ['import', 'tickets', file, '--ticket-type', '1', '--skip-invalid', '--results', results],
      {
        env: halo.env(),
      },
    )
    expect(again.code).toBe(0)
    expect(again.stderr).toContain(`Skipping ${VALID} rows already created`)
    expect(createdSummaries(halo.mock)).toHaveLength(VALID)
  })

  it('an import stopped halfway by Ctrl-C resumes with no duplicate', { timeout: SLOW }, async () => {
    const file = await writeImportFile()
    const results = join(work.dir, 'results.csv')
    halo.mock.faults.add({ kind: 'latency', ms: 700, match: { method: 'POST', path: '/Tickets' } })
    const args = ['import', 'tickets', file, '--ticket-type', '1', '--skip-invalid', '--results', results]
    const child = startHaloBin(args, halo.env())
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline && createdSummaries(halo.mock).length < 100)
      await new Promise((r) => setTimeout(r, 50))
    expect((await child.stop('SIGINT')).code).toBe(130)
    const firstRun = createdSummaries(halo.mock).length
    expect(firstRun).toBeGreaterThanOrEqual(100)
    expect(firstRun).toBeLessThan(VALID)

    halo.mock.faults.clear()
    const resumed = await runHaloBin(args, { env: halo.env() })
    expect(resumed.code, resumed.stderr).toBe(0)
    const all = createdSummaries(halo.mock)
    expect(all).toHaveLength(VALID)
    expect(new Set(all).size).toBe(VALID)
  })

  it('a chunk whose fate is unknown (connection reset) stays pending: never resent unless --retry-pending', {
    timeout: SLOW,
  }, async () => {
    const file = await writeImportFile()
    const results = join(work.dir, 'results.csv')
    const args = ['import', 'tickets', file, '--ticket-type', '1', '--skip-invalid', '--results', results]
    // The first POST loses its connection: Halo may or may not have created those tickets.
    halo.mock.faults.add({ kind: 'reset', match: { method: 'POST', path: '/Tickets' }, times: 1 })
    const first = await runHaloBin(args, { env: halo.env() })
    expect(first.code).toBe(1)
    expect(first.stderr).toMatch(/lines 2–103 may or may not have been created; they are marked pending/)
    expect(createdSummaries(halo.mock)).toEqual([])

    const second = await runHaloBin(args, { env: halo.env() })
    expect(second.code).toBe(0)
    expect(second.stderr).toMatch(/Skipping 100 rows .* --retry-pending/)
    expect(createdSummaries(halo.mock)).toHaveLength(VALID - 100)

    const third = await runHaloBin([...args, '--retry-pending'], { env: halo.env() })
    expect(third.code).toBe(0)
    const all = createdSummaries(halo.mock)
    expect(all).toHaveLength(VALID)
    expect(new Set(all).size).toBe(VALID)
  })
})
