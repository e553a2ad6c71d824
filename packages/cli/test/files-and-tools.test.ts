import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import { runProcess } from '@halo/test-support/processes'
import { parseCsv } from '@halo/tickets'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { loadOptionalPackage } from '../src/optional/load-optional-package.js'
import { runHaloBin, startHaloBin, useTemporaryFolder } from './support/run-halo.js'

const SLOW = 90_000

const work = useTemporaryFolder('files', 'test')

describe('halo template, report run, sql', () => {
  const halo = useHaloMockServer()

  it('template: header (Category…Category4), sample rows, metadata and lookups files', {
    timeout: SLOW,
  }, async () => {
    const out = join(work.dir, 'incident.csv')
    const run = await runHaloBin(
      [
        'template',
        '1',
        '--sample',
        '3',
        '--out',
        out,
        '--metadata',
        join(work.dir, 'meta.csv'),
        '--lookups',
        join(work.dir, 'lookups.csv'),
      ],
      { env: halo.env() },
    )
    expect(run.code).toBe(0)
    const [header, ...rows] = parseCsv(await readFile(out, 'utf8'))
    expect(header?.cells).toEqual(
      expect.arrayContaining(['symptom', 'Category', 'Category2', 'Category3', 'Category4']),
    )
    expect(rows).toHaveLength(3)
    const meta = parseCsv(await readFile(join(work.dir, 'meta.csv'), 'utf8'))
    expect(meta[0]?.cells).toEqual(['Column', 'Label', 'Type', 'Mandatory', 'Allowed values'])
    expect(meta.find((r) => r.cells[0] === 'symptom')?.cells[3]).toBe('Yes')
    const lookups = await readFile(join(work.dir, 'lookups.csv'), 'utf8')
    expect(lookups).toContain('Hardware')
  })

  it('report run: rows as CSV and as an Excel file, and printed without --out', {
    timeout: SLOW,
  }, async () => {
    const csv = join(work.dir, 'report.csv')
    const run = await runHaloBin(['report', 'run', '1', '--format', 'csv', '--out', csv], { env: halo.env() })
    expect(run.code, run.stderr).toBe(0)
    const records = parseCsv(await readFile(csv, 'utf8'))
    expect(records.length).toBeGreaterThan(1)
    const xlsx = join(work.dir, 'report.xlsx')
    expect((await runHaloBin(['report', 'run', '1', '--out', xlsx], { env: halo.env() })).code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.readFile(xlsx)
    expect(workbook.worksheets[0]?.rowCount).toBe(records.length)
    const printed = await runHaloBin(['report', 'run', '1'], { env: halo.env() })
    expect(JSON.parse(printed.stdout)).toHaveLength(records.length - 1)
    const missing = await runHaloBin(['report', 'run', '999999', '--out', join(work.dir, 'none.csv')], {
      env: halo.env(),
    })
    expect(missing.code).toBe(1)
  })

  it('report run --format pdf writes the PDF Halo generates', { timeout: SLOW }, async () => {
    const pdf = join(work.dir, 'report.pdf')
    const run = await runHaloBin(['report', 'run', '1', '--format', 'pdf', '--out', pdf], { env: halo.env() })
    expect(run.code, run.stderr).toBe(0)
    expect((await readFile(pdf)).subarray(0, 4).toString()).toBe('%PDF')
  })

  it('sql: a SELECT to CSV; anything but a SELECT is refused before sending (exit 2)', {
    timeout: SLOW,
  }, async () => {
    const csv = join(work.dir, 'sql.csv')
    const run = await runHaloBin(
      ['sql', 'SELECT TOP 5 faultid, symptom FROM faults', '--format', 'csv', '--out', csv],
      { env: halo.env() },
    )
    expect(run.code, run.stderr).toBe(0)
    const [header, ...rows] = parseCsv(await readFile(csv, 'utf8'))
    expect(header?.cells).toEqual(['faultid', 'symptom'])
    expect(rows).toHaveLength(5)
    halo.mock.clearRequests()
    const refused = await runHaloBin(['sql', 'DELETE FROM faults'], { env: halo.env() })
    expect(refused.code).toBe(2)
    expect(halo.mock.requests.filter((r) => r.method === 'POST')).toEqual([])
  })
})

describe('halo mock', () => {
  it('starts the simulated Halo and prints the variables that point halo at it', {
    timeout: SLOW,
  }, async () => {
    const child = startHaloBin(['mock', '--port', '0'])
    await child.waitForOutput(/HALO_CLIENT_SECRET.*\n/)
    const stdout = child.stdout()
    const variables = Object.fromEntries(
      [...stdout.matchAll(/^export (HALO_[A-Z_]+)=(.*)$/gm)].map((m) => [m[1] as string, m[2] as string]),
    )
    expect(variables.HALO_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const list = await runHaloBin(['tickets', 'list', '--limit', '2'], {
      env: { ...variables, HALO_CONFIG_DIR: work.dir },
    })
    expect(list.code).toBe(0)
    expect(JSON.parse(list.stdout)).toHaveLength(2)
    // A server stopped by Ctrl-C has finished its job: it closes and exits 0.
    expect((await child.stop('SIGINT')).code).toBe(0)
  })
})

describe('halo completion', () => {
  it('writes bash, zsh and fish scripts naming commands, resources, operations and flags', {
    timeout: SLOW,
  }, async () => {
    const bash = await runHaloBin(['completion', 'bash'])
    expect(bash.code).toBe(0)
    expect(bash.stdout).toContain('complete -F _halo_complete halo')
    for (const word of [
      'tickets',
      'cabs',
      'getTicket',
      'listTickets',
      '--dry-run',
      '--filter',
      '--ticket-type',
    ]) {
      expect(bash.stdout).toContain(word)
    }
    const zsh = await runHaloBin(['completion', 'zsh'])
    expect(zsh.stdout).toMatch(/^#compdef halo/)
    const fish = await runHaloBin(['completion', 'fish'])
    expect(fish.stdout).toContain("complete -c halo -n '__fish_use_subcommand'")
    expect(fish.stdout).toContain('getTicket')
    expect((await runHaloBin(['completion', 'powershell'])).code).toBe(2)
  })

  it('the bash script completes a resource subcommand and an operation name in a real bash', {
    timeout: SLOW,
  }, async () => {
    const script = (await runHaloBin(['completion', 'bash'])).stdout
    const probe = `${script}
COMP_WORDS=(halo tickets l); COMP_CWORD=2; _halo_complete; echo "subs:\${COMPREPLY[*]}"
COMP_WORDS=(halo ops call getTick); COMP_CWORD=3; _halo_complete; echo "ops:\${COMPREPLY[*]}"
COMP_WORDS=(halo export tickets --fo); COMP_CWORD=3; _halo_complete; echo "flags:\${COMPREPLY[*]}"`
    const output = (await runProcess('bash', ['--norc', '-c', probe])).stdout
    expect(output).toContain('subs:list')
    expect(output).toMatch(/ops:getTicket\b/)
    expect(output).toContain('flags:--format')
  })
})

describe('optional companion packages', () => {
  it('a missing one fails with exit 3 and the install line', async () => {
    const missing = Object.assign(new Error("Cannot find package '@halo/sync' imported from x"), {
      code: 'ERR_MODULE_NOT_FOUND',
    })
    const error = await loadOptionalPackage('@halo/sync', () => Promise.reject(missing)).catch(
      (e: unknown) => e,
    )
    expect(error).toMatchObject({ exitCode: 3 })
    expect((error as Error).message).toContain('npm install -g @halo/sync')
  })

  it('other failures of the package are not disguised as a missing install', async () => {
    const broken = new SyntaxError('Unexpected token')
    await expect(loadOptionalPackage('@halo/mcp', () => Promise.reject(broken))).rejects.toBe(broken)
    await expect(loadOptionalPackage('@halo/mcp', () => Promise.resolve({ ok: 1 }))).resolves.toEqual({
      ok: 1,
    })
  })
})
