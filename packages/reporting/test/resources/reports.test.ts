import { isHaloError, isHaloResourceNotFound } from '@halo/core'
import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { HaloReportError, MAX_REPORT_SQL_LENGTH, reports } from '../../src/index.js'
import { readXlsxWithPython } from '../export/xlsx-reader.js'

const { mock, core } = useHaloMock()

/** Open tickets per client, computed from the mock's data as its saved report 1 does. */
function openTicketsByClient(): Map<string, number> {
  const counts = new Map<string, number>()
  for (const t of mock.state.tickets.values()) {
    if (t.status_id === 8 || t.status_id === 9) continue
    counts.set(String(t.client_name), (counts.get(String(t.client_name)) ?? 0) + 1)
  }
  return counts
}

describe('reports(core) list / search / get / create / update / delete', () => {
  it('lists the saved reports from the reports envelope', async () => {
    const all = await reports(core()).list()
    expect(all.map((r) => r.id)).toEqual(mock.state.reports.filter(() => true).map((r) => r.id))
    expect(apiRequests(mock, 'GET /Report')[0]?.query.pageinate).toBe('true')
  })

  it('searches by name', async () => {
    const found = await reports(core()).search('workload')
    expect(found.map((r) => r.name)).toEqual(['Agent workload'])
    expect(apiRequests(mock, 'GET /Report')[0]?.query.search).toBe('workload')
  })

  it('gets one report with helpers that are not enumerable', async () => {
    const report = await reports(core()).get(seed.reportId)
    expect(report.name).toBe('Open tickets by client')
    expect(Object.keys(report)).not.toContain('run')
    expect(JSON.parse(JSON.stringify(report))).toEqual(mock.state.reports.get(seed.reportId))
  })

  it('creates, updates, refreshes and deletes a saved report', async () => {
    const created = await reports(core()).create({
      name: 'Open tickets',
      sql: 'SELECT faultid FROM faults WHERE status <> 9',
    })
    expect(mock.state.reports.get(created.id ?? 0)?.name).toBe('Open tickets')
    const renamed = await reports(core()).update(created.id ?? 0, { name: 'Open tickets (all)' })
    expect(renamed.name).toBe('Open tickets (all)')
    const viaRecord = await created.update({ description: 'Every open ticket' })
    expect(viaRecord.description).toBe('Every open ticket')
    expect((await created.refresh()).name).toBe('Open tickets (all)')
    await viaRecord.delete()
    expect(mock.state.reports.get(created.id ?? 0)).toBeUndefined()
    await reports(core()).delete(5)
    expect(mock.state.reports.get(5)).toBeUndefined()
  })

  it('a missing report is HaloResourceNotFound', async () => {
    const error = await reports(core())
      .get(999)
      .catch((e: unknown) => e)
    expect(isHaloResourceNotFound(error)).toBe(true)
  })
})

describe('report.run(params)', () => {
  it('runs the saved report and answers its rows (contract: reports.get(45) then report.run({...}))', async () => {
    const report = await reports(core()).get(seed.reportId)
    const rows = await report.run({ reportingperiod: 3, client_id: seed.clientId })
    const expected = openTicketsByClient()
    expect(rows.length).toBe(expected.size)
    for (const row of rows) expect(row['Open Tickets']).toBe(expected.get(String(row.Client)))
    const request = apiRequests(mock, 'GET /Report/{id}').at(-1)
    expect(request?.path).toBe(`/api/Report/${seed.reportId}`)
    expect(request?.query).toMatchObject({
      loadreport: 'true',
      reportingperiod: '3',
      client_id: String(seed.clientId),
    })
  })

  it('sends a custom reporting period by wire name', async () => {
    await reports(core()).run(seed.reportId, {
      reportingperiodstartdate: '2024-01-01',
      reportingperiodenddate: '2024-01-31',
    })
    expect(apiRequests(mock, 'GET /Report/{id}')[0]?.query).toMatchObject({
      loadreport: 'true',
      reportingperiodstartdate: '2024-01-01',
      reportingperiodenddate: '2024-01-31',
    })
  })

  it('load answers rows with the chart data and table HTML', async () => {
    const loaded = await (await reports(core()).get(seed.reportId)).load()
    expect(loaded.rows.length).toBe(openTicketsByClient().size)
    expect(loaded.chart_labels).toEqual(loaded.rows.map((r) => r.Client))
    expect(loaded.table_html).toMatch(/^<table>/)
  })

  it('turns a load_error into a HaloReportError (Halo answers a failed query with 200)', async () => {
    const broken = mock.state.reports.insert({ name: 'Broken', sql: 'SELECT nothing FROM nowhere' })
    const report = await reports(core()).get(broken.id)
    const error = await report.run().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HaloReportError)
    expect(isHaloError(error)).toBe(true)
    const reportError = error as HaloReportError
    expect(reportError.name).toBe('HaloReportError')
    expect(reportError.reportId).toBe(broken.id)
    expect(reportError.loadError).toMatch(/nowhere/)
    expect(reportError.message).toMatch(new RegExp(`Report ${broken.id} failed in Halo: .*nowhere`))
    expect(reportError.url).toBe(`${core().apiUrl}/Report/${broken.id}`)
  })

  it('a report answer without results is a HaloReportError, not zero rows', async () => {
    mock.faults.add({
      kind: 'status',
      status: 200,
      body: JSON.stringify({ id: 1, name: 'x' }),
      headers: { 'content-type': 'application/json' },
      match: { method: 'GET', path: `/Report/${seed.reportId}` },
    })
    await expect(reports(core()).run(seed.reportId)).rejects.toBeInstanceOf(HaloReportError)
  })
})

describe('report.generatePdf(params)', () => {
  it('generates the PDF and downloads its bytes from the attachment (contract row)', async () => {
    const report = await reports(core()).get(seed.reportId)
    const pdf = await report.generatePdf({ reportingperiod: 3 })
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-')
    expect(pdf.attachmentId).toBe(pdf.profile.pdf_attachment_id)
    expect(mock.state.attachments.get(pdf.attachmentId)).toBeDefined()
    const [post] = apiRequests(mock, 'POST /Report/createpdf')
    expect(post?.body).toMatchObject({
      id: seed.reportId,
      name: 'Open tickets by client',
      reportingperiod: 3,
    })
    expect(apiRequests(mock, 'GET /Attachment/{id}')[0]?.path).toBe(`/api/Attachment/${pdf.attachmentId}`)
  })

  it('does not post earlier results back', async () => {
    const report = await reports(core()).get(seed.reportId)
    const withResults = await reports(core()).create({ ...JSON.parse(JSON.stringify(report)), id: undefined })
    mock.state.reports.update(withResults.id ?? 0, { report: { rows: [{ a: 1 }] } })
    await (await reports(core()).get(withResults.id ?? 0)).generatePdf()
    expect(apiRequests(mock, 'POST /Report/createpdf')[0]?.body).not.toHaveProperty('report')
  })

  it('fails clearly when Halo returns no pdf_attachment_id', async () => {
    mock.faults.add({
      kind: 'status',
      status: 200,
      body: JSON.stringify({ id: seed.reportId }),
      headers: { 'content-type': 'application/json' },
      match: { method: 'POST', path: '/Report/createpdf' },
    })
    const report = await reports(core()).get(seed.reportId)
    await expect(report.generatePdf()).rejects.toThrow(/pdf_attachment_id/)
  })
})

describe('report.bookmark(params)', () => {
  it('bookmarks the report (contract row) and can remove the bookmark', async () => {
    const report = await reports(core()).get(seed.reportId)
    const bookmarked = await report.bookmark()
    expect(bookmarked.bookmarked).toBe(true)
    expect(mock.state.reports.get(seed.reportId)?.bookmarked).toBe(true)
    expect(mock.state.bookmarks.find((b) => b.entity_id === seed.reportId)?.bookmarked).toBe(true)
    expect(apiRequests(mock, 'POST /Report/Bookmark')[0]?.body).toEqual({
      bookmarked: true,
      id: seed.reportId,
    })
    const removed = await bookmarked.bookmark({ bookmarked: false })
    expect(removed.bookmarked).toBe(false)
    expect(mock.state.reports.get(seed.reportId)?.bookmarked).toBe(false)
  })
})

describe('reports(core).runSql(sql)', () => {
  it('runs a SELECT through POST /Report with _loadreportonly and answers rows', async () => {
    const rows = await reports(core()).runSql(
      `SELECT faultid, symptom FROM faults WHERE areaint = ${seed.clientId} ORDER BY faultid`,
    )
    const expected = [...mock.state.tickets.values()].filter((t) => t.client_id === seed.clientId)
    expect(rows.map((r) => r.faultid)).toEqual(
      expected.map((t) => t.id).sort((a, b) => Number(a) - Number(b)),
    )
    expect(rows[0]).toHaveProperty('symptom')
    expect(apiRequests(mock, 'POST /Report')[0]?.body).toEqual([
      {
        id: 0,
        name: '',
        sql: `SELECT faultid, symptom FROM faults WHERE areaint = ${seed.clientId} ORDER BY faultid`,
        apiquery_id: 0,
        _testonly: false,
        _loadreportonly: true,
      },
    ])
    expect(mock.state.reports.size).toBe(5)
  })

  it('limit keeps the first rows', async () => {
    const rows = await reports(core()).runSql('SELECT faultid FROM faults', { limit: 3 })
    expect(rows).toHaveLength(3)
  })

  it('a query Halo cannot run is a HaloReportError with the load_error', async () => {
    const error = await reports(core())
      .runSql('SELECT x FROM nosuchtable')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(HaloReportError)
    expect((error as HaloReportError).loadError).toMatch(/nosuchtable/)
    expect((error as HaloReportError).reportId).toBeUndefined()
  })

  it.each([
    'DELETE FROM faults',
    'delete from faults where faultid = 1',
    'UPDATE faults SET status = 9',
    'SELECT faultid FROM faults; DROP TABLE faults',
    'SELECT * INTO backup_faults FROM faults',
    '/* looks harmless */ TRUNCATE TABLE faults',
    "EXEC xp_cmdshell 'dir'",
    'WITH x AS (SELECT 1 AS a) DELETE FROM faults',
  ])('refuses %s before sending anything', async (sql) => {
    await expect(reports(core()).runSql(sql)).rejects.toThrow(/allowNonSelect/)
    expect(apiRequests(mock, 'POST /Report')).toHaveLength(0)
  })

  it('does not mistake keywords in literals or bracketed names for statements', async () => {
    const rows = await reports(core()).runSql(
      "SELECT faultid AS [Last Update], symptom FROM faults WHERE symptom <> 'delete me'",
    )
    expect(rows.length).toBeGreaterThan(0)
    expect(rows[0]).toHaveProperty('Last Update')
  })

  it('ignores keywords inside comments (the query is sent)', async () => {
    // The simulated Halo's evaluator does not read comments, so only the sending is checked here.
    await reports(core())
      .runSql('SELECT faultid FROM faults -- DELETE nothing\n/* UPDATE never */')
      .catch(() => undefined)
    expect(apiRequests(mock, 'POST /Report')).toHaveLength(1)
  })

  it('sends other statements only with allowNonSelect: true', async () => {
    const error = await reports(core())
      .runSql('DELETE FROM faults', { allowNonSelect: true })
      .catch((e: unknown) => e)
    // The simulated Halo's evaluator only reads, so the statement comes back as a load_error.
    expect(error).toBeInstanceOf(HaloReportError)
    expect(apiRequests(mock, 'POST /Report')).toHaveLength(1)
    expect(mock.state.tickets.size).toBe(seed.defaultTicketCount)
  })

  it(`caps SQL at ${MAX_REPORT_SQL_LENGTH} characters`, async () => {
    const long = `SELECT faultid FROM faults WHERE symptom <> '${'x'.repeat(MAX_REPORT_SQL_LENGTH)}'`
    await expect(reports(core()).runSql(long)).rejects.toThrow(/8000/)
    await expect(reports(core()).runSql(long, { allowNonSelect: true })).rejects.toBeInstanceOf(RangeError)
    expect(apiRequests(mock, 'POST /Report')).toHaveLength(0)
  })

  it('refuses empty SQL and a bad limit', async () => {
    await expect(reports(core()).runSql('  ')).rejects.toBeInstanceOf(TypeError)
    await expect(reports(core()).runSql('SELECT faultid FROM faults', { limit: -1 })).rejects.toBeInstanceOf(
      RangeError,
    )
  })
})

describe('CSV and Excel export of report rows', () => {
  it('toCsv writes the rows of the run', async () => {
    const report = await reports(core()).get(seed.reportId)
    const rows = await report.run()
    const csv = await report.toCsv({ reportingperiod: 3 }, { newline: '\n' })
    const lines = csv.trimEnd().split('\n')
    expect(lines[0]).toBe('Client,Open Tickets')
    expect(lines).toHaveLength(rows.length + 1)
    expect(lines[1]).toBe(`${rows[0]?.Client},${rows[0]?.['Open Tickets']}`)
    expect(apiRequests(mock, 'GET /Report/{id}').at(-1)?.query.reportingperiod).toBe('3')
  })

  it('toCsv passes csv options and keeps request options out of them', async () => {
    const report = await reports(core()).get(seed.reportId)
    const controller = new AbortController()
    const csv = await report.toCsv(undefined, {
      delimiter: ';',
      columns: ['Open Tickets'],
      signal: controller.signal,
    })
    expect(csv.split('\r\n')[0]).toBe('Open Tickets')
  })

  it('toXlsx writes a workbook named after the report that Python can read', async () => {
    const report = await reports(core()).get(seed.reportId)
    const rows = await report.run()
    const bytes = await report.toXlsx()
    expect(new TextDecoder().decode(bytes.slice(0, 2))).toBe('PK')
    const book = readXlsxWithPython(bytes)
    expect(book.bad).toBeNull()
    expect(book.sheetNames).toEqual(['Open tickets by client'])
    expect(book.rows).toHaveLength(rows.length + 1)
  })

  it('toXlsx takes a sheet name', async () => {
    const bytes = await (await reports(core()).get(seed.reportId)).toXlsx(undefined, { sheetName: 'Open' })
    expect(readXlsxWithPython(bytes).sheetNames).toEqual(['Open'])
  })
})
