import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { useHaloMockServer } from '@halo/test-support/halo-mock-server'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { runHaloBin, useTemporaryFolder } from './support/run-halo.js'

const TICKETS = 500
const SLOW = 120_000

const out = useTemporaryFolder('export-late-fields')

/** The header and every data row of the first sheet, as cell values by header name. */
function sheetRows(sheet: ExcelJS.Worksheet): {
  header: string[]
  rows: Map<number, Record<string, unknown>>
} {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
  const rows = new Map<number, Record<string, unknown>>()
  sheet.eachRow((row, number) => {
    if (number === 1) return
    const record: Record<string, unknown> = {}
    header.forEach((name, i) => {
      record[name] = row.getCell(i + 1).value
    })
    rows.set(Number(record.id), record)
  })
  return { header, rows }
}

// Records of one list may differ in shape: a field first met on the third page (of five) must still be
// a column of the file, with its values on the rows that have it and empty cells elsewhere.
describe('halo export: a field first seen on a later page', () => {
  const halo = useHaloMockServer({ ticketCount: TICKETS })

  for (const format of ['csv', 'xlsx'] as const) {
    it(`${format}: becomes a column with its values, and no warning is printed`, {
      timeout: SLOW,
    }, async () => {
      // Page 3 of 100-record pages holds the 201st to 300th ticket.
      const ids = halo.mock.state.tickets.ids()
      const [first, second] = [ids[220], ids[275]] as [number, number]
      halo.mock.state.tickets.update(first, { cf_audit_note: 'late, "quoted"\nnote' })
      halo.mock.state.tickets.update(second, { cf_audit_note: 'second', cf_audit_score: 7 })

      const file = join(out.dir, `late.${format}`)
      const run = await runHaloBin(['export', 'tickets', '--format', format, '--out', file], {
        env: halo.env(),
      })
      expect(run.code, run.stderr).toBe(0)
      expect(run.stderr).not.toMatch(/not in the file/)
      const listPages = halo.mock.requests.filter(
        (r) => r.method === 'GET' && /\/api\/tickets$/i.test(r.path),
      )
      expect(listPages).toHaveLength(TICKETS / 100)

      const workbook = new ExcelJS.Workbook()
      const sheet =
        format === 'csv'
          ? await workbook.csv.readFile(file)
          : (await workbook.xlsx.readFile(file)).worksheets[0]
      if (!sheet) throw new Error('the workbook has no sheet')
      const { header, rows } = sheetRows(sheet)
      expect(rows.size).toBe(TICKETS)
      // The first page's columns come first; the late fields follow, in the order first seen.
      expect(header.slice(0, 2)).toEqual(['id', 'summary'])
      expect(header.slice(-2)).toEqual(['cf_audit_note', 'cf_audit_score'])
      expect(rows.get(first)?.cf_audit_note).toBe('late, "quoted"\nnote')
      expect(rows.get(second)?.cf_audit_note).toBe('second')
      expect(Number(rows.get(second)?.cf_audit_score)).toBe(7)
      const withNote = [...rows.values()].filter(
        (row) => ![null, undefined, ''].includes(row.cf_audit_note as string),
      )
      expect(withNote.map((row) => Number(row.id)).sort()).toEqual([first, second].sort())
      // Nothing left beside the file: no temporary file, no spool.
      expect((await readdir(out.dir)).filter((name) => name.startsWith(`.late.${format}`))).toEqual([])
    })
  }

  it('an export that fails (Halo keeps answering 500) exits 1 and leaves neither file nor spool', {
    timeout: SLOW,
  }, async () => {
    halo.mock.faults.add({ kind: 'status', status: 500, match: { method: 'GET', path: '/Tickets' } })
    const file = join(out.dir, 'failed.csv')
    const run = await runHaloBin(['export', 'tickets', '--format', 'csv', '--out', file], { env: halo.env() })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/500/)
    expect((await readdir(out.dir)).filter((name) => name.includes('failed.csv'))).toEqual([])
  })
})
