import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { parseCsv } from '@halo/tickets'
import { describe, expect, it } from 'vitest'
import { createdTicketSummaries as createdSummaries } from './support/created-tickets.js'
import { runHaloBin, useTemporaryFolder } from './support/run-halo.js'

const SLOW = 180_000

const work = useTemporaryFolder('import-names', 'test')

describe('halo import tickets with names', () => {
  const halo = useHaloMockServer()

  it('resolves agent and team names to ids, reports unknown names by line before sending, and --dry-run shows the ids', {
    timeout: SLOW,
  }, async () => {
    const lines = [
      'symptom,symptom2,Category,CFimpact,CFurgency,assignedtoint,sectio_',
      'By name,Row 2,Hardware>Laptop,Single User,Low,Priya Shah,1st Line Support',
      'By id,Row 3,Hardware>Laptop,Single User,Low,4,2',
      'Other case,Row 4,Hardware>Laptop,Single User,Low,grace okafor,2nd line support',
      'Unknown agent,Row 5,Hardware>Laptop,Single User,Low,Nobody Here,1st Line Support',
    ]
    const file = join(work.dir, 'named.csv')
    await writeFile(file, `${lines.join('\n')}\n`, 'utf8')

    const refused = await runHaloBin(['import', 'tickets', file, '--ticket-type', '1'], { env: halo.env() })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/line 5, column "assignedtoint": No agent named "Nobody Here"/)
    expect(refused.stderr).toContain('nothing was sent')
    expect(createdSummaries(halo.mock)).toEqual([])

    const dry = await runHaloBin(
      ['import', 'tickets', file, '--ticket-type', '1', '--skip-invalid', '--dry-run'],
      { env: halo.env() },
    )
    expect(dry.code, dry.stderr).toBe(0)
    // One chunk: the planned request is printed on its own.
    const planned = JSON.parse(dry.stdout) as { body: Record<string, unknown>[] }
    expect(planned.body.map((t) => [t.summary, t.agent_id, t.team_id, t.team])).toEqual([
      ['By name', 2, 1, undefined],
      ['By id', 4, 2, undefined],
      ['Other case', 4, 2, undefined],
    ])
    expect(createdSummaries(halo.mock)).toEqual([])

    const results = join(work.dir, 'named.results.csv')
    const run = await runHaloBin(
      ['import', 'tickets', file, '--ticket-type', '1', '--skip-invalid', '--results', results],
      { env: halo.env() },
    )
    expect(run.code, run.stderr).toBe(0)
    expect(createdSummaries(halo.mock)).toEqual(['By name', 'By id', 'Other case'])
    const [, ...rows] = parseCsv(await readFile(results, 'utf8'))
    expect(rows.find((r) => r.cells[0] === '5')?.cells.slice(1, 4)).toEqual([
      'invalid',
      '',
      expect.stringContaining('No agent named "Nobody Here"'),
    ])
    // The names were looked up through the resources' cached lists: a few list requests, not one per row.
    const lookups = halo.mock.requests.filter(
      (r) => r.method === 'GET' && /\/api\/(agent|team)$/i.test(r.path),
    )
    expect(lookups.length).toBeGreaterThan(0)
    expect(lookups.length).toBeLessThanOrEqual(6)
  })
})
