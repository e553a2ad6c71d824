import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { runProcess } from '@halo/test-support/processes'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { baseEnv, HALO_BIN, runHaloBin, startHaloBin, useTemporaryFolder } from './support/run-halo.js'

// 10 000 tickets is 100 pages through the real server and a ~10 MB file: minutes on a loaded machine.
const BIG = 420_000
const SLOW = 60_000
const TICKETS = 10_000

const out = useTemporaryFolder('export')

describe('halo export', () => {
  const halo = useHaloMockServer({ ticketCount: TICKETS })

  it(`exports ${TICKETS} tickets to CSV that a reader opens back, with nothing left over`, {
    timeout: BIG,
  }, async () => {
    const file = join(out.dir, 'tickets.csv')
    const run = await runHaloBin(['export', 'tickets', '--format', 'csv', '--out', file], { env: halo.env() })
    expect(run.code, run.stderr).toBe(0)
    const workbook = new ExcelJS.Workbook()
    const sheet = await workbook.csv.readFile(file)
    expect(sheet.rowCount).toBe(TICKETS + 1)
    const header = sheet.getRow(1).values as unknown[]
    expect(header).toContain('id')
    expect(header).toContain('summary')
    const ids = new Set<number>()
    const idColumn = header.indexOf('id')
    sheet.eachRow((row, number) => {
      if (number > 1) ids.add(Number(row.getCell(idColumn).value))
    })
    expect(ids.size).toBe(TICKETS)
    // Paging: one list request per page of 100, never a silently truncated list.
    const pages = halo.mock.requests.filter((r) => r.method === 'GET' && /\/api\/tickets$/i.test(r.path))
    expect(pages.length).toBe(TICKETS / 100)
    expect((await readdir(out.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    // Piped: no progress bar on stderr.
    expect(run.stderr).not.toMatch(/records \|/)
  })

  it(`exports ${TICKETS} tickets to an Excel workbook that exceljs reads back`, {
    timeout: BIG,
  }, async () => {
    const file = join(out.dir, 'tickets.xlsx')
    const run = await runHaloBin(['export', 'tickets', '--format', 'xlsx', '--out', file, '--quiet'], {
      env: halo.env(),
    })
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toBe('')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(file)
    const sheet = workbook.worksheets[0]
    expect(sheet?.name).toBe('tickets')
    expect(sheet?.rowCount).toBe(TICKETS + 1)
    const header = sheet?.getRow(1).values as unknown[]
    const idColumn = header.indexOf('id')
    expect(Number(sheet?.getRow(2).getCell(idColumn).value)).toBe(1001)
  })

  it('exports NDJSON with --filter and --limit', { timeout: SLOW }, async () => {
    const file = join(out.dir, 'some.ndjson')
    const run = await runHaloBin(
      [
        'export',
        'tickets',
        '--format',
        'ndjson',
        '--out',
        file,
        '--filter',
        'client_id=11',
        '--limit',
        '150',
      ],
      {
        env: halo.env(),
      },
    )
    expect(run.code).toBe(0)
    const lines = (await readFile(file, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { client_id: number })
    expect(lines).toHaveLength(150)
    expect(lines.every((record) => record.client_id === 11)).toBe(true)
  })

  it('Ctrl-C leaves no half-written file and exits 130', { timeout: BIG }, async () => {
    halo.mock.faults.add({ kind: 'latency', ms: 300, match: { method: 'GET', path: '/Tickets' } })
    const file = join(out.dir, 'interrupted.ndjson')
    const child = startHaloBin(['export', 'tickets', '--format', 'ndjson', '--out', file], halo.env())
    // Wait until the export is under way: pages have been fetched and the temporary file exists.
    const deadline = Date.now() + 120_000
    while (Date.now() < deadline) {
      const pages = halo.mock.requests.filter(
        (r) => /\/api\/tickets$/i.test(r.path) && r.status === 200,
      ).length
      const temporary = (await readdir(out.dir)).some(
        (name) => name.startsWith('.interrupted.ndjson') && name.endsWith('.tmp'),
      )
      if (pages >= 3 && temporary) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const run = await child.stop('SIGINT')
    expect(run.code).toBe(130)
    expect(run.stderr).toContain('Interrupted')
    await expect(stat(file)).rejects.toThrow()
    expect((await readdir(out.dir)).filter((name) => name.includes('interrupted'))).toEqual([])
  })
})

describe('progress bars', () => {
  const halo = useHaloMockServer({ ticketCount: 1_000 })

  it('draw on a terminal (run under script) and stay off when piped', { timeout: BIG }, async () => {
    const file = join(out.dir, 'progress.csv')
    const env = baseEnv(halo.env())
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(HALO_BIN)} export tickets --format csv --out ${JSON.stringify(file)}`
    const terminal = await runProcess('script', ['-qfec', command, '/dev/null'], { env })
    expect(terminal.code).toBe(0)
    expect(terminal.stdout).toMatch(/\d+\/1000 records \| \d+\/s \| ETA/)
    expect(terminal.stdout).toContain('1000/1000 records')

    const piped = await runHaloBin(['export', 'tickets', '--format', 'csv', '--out', file], {
      env: halo.env(),
    })
    expect(piped.code).toBe(0)
    expect(piped.stderr).not.toMatch(/records \|/)
    expect(piped.stderr).not.toContain('\u001b[')
  })
})
