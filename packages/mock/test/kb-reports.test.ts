import { describe, expect, it } from 'vitest'
import { seed } from '../src/index.js'
import { useHaloMock } from './support.js'

const { mock, api } = useHaloMock()

describe('knowledge base', () => {
  it('search finds articles in the articles envelope', async () => {
    const body = await api.json<{ record_count: number; articles: { name: string }[] }>(
      '/KBArticle?search=password',
    )
    expect(body.record_count).toBeGreaterThan(0)
    expect(body.articles.map((a) => a.name)).toContain('Reset your password with self-service')
  })

  it('vote updates useful_count / notuseful_count', async () => {
    const before = mock.state.kbArticles.get(seed.kbArticleId)
    const up = await api.post('/KBArticle/vote', [{ id: seed.kbArticleId, useful: true }])
    expect(up.status).toBe(200)
    expect(((await up.json()) as { useful_count: number }).useful_count).toBe(
      Number(before?.useful_count) + 1,
    )
    await api.post('/KBArticle/vote', [{ id: seed.kbArticleId, your_vote: -1 }])
    expect(mock.state.kbArticles.get(seed.kbArticleId)).toMatchObject({
      useful_count: Number(before?.useful_count) + 1,
      notuseful_count: Number(before?.notuseful_count) + 1,
    })
    expect((await api.post('/KBArticle/vote', [{ id: 9999, useful: true }])).status).toBe(404)
  })

  it('FAQ lists are a bare array', async () => {
    expect((await api.json<unknown[]>('/FAQLists')).length).toBe(4)
  })
})

describe('reports', () => {
  it('loads a saved report’s rows', async () => {
    const res = await api.json<{
      id: number
      report: { loaded: boolean; rows: { Client: string; 'Open Tickets': number }[] }
    }>(`/Report/${seed.reportId}?loadreport=true`)
    expect(res.report.loaded).toBe(true)
    expect(res.report.rows.length).toBeGreaterThan(0)
    expect(res.report.rows.map((r) => r.Client)).toContain('Northwind Logistics')
    const plain = await api.json<Record<string, unknown>>(`/Report/${seed.reportId}`)
    expect(plain).not.toHaveProperty('report')
  })

  it('runs ad-hoc SQL with _loadreportonly', async () => {
    const res = await api.post('/Report', [
      {
        id: 0,
        name: '',
        sql: `SELECT TOP 3 faultid AS [Ticket], symptom FROM faults WHERE areaint = ${seed.clientId} ORDER BY faultid DESC`,
        _loadreportonly: true,
      },
    ])
    expect(res.status).toBe(200)
    const body = (await res.json()) as {
      report: { loaded: boolean; rows: { Ticket: number; symptom: string }[] }
    }
    expect(body.report.loaded).toBe(true)
    expect(body.report.rows).toHaveLength(3)
    const ids = body.report.rows.map((r) => r.Ticket)
    expect([...ids].sort((a, b) => b - a)).toEqual(ids)
    for (const id of ids) expect(mock.state.tickets.get(id)?.client_id).toBe(seed.clientId)
    expect(mock.state.reports.size).toBe(5)
  })

  it('COUNT(*) with GROUP BY, and load_error for an unknown table', async () => {
    const grouped = (await (
      await api.post('/Report', [
        { sql: 'SELECT usite, COUNT(*) AS n FROM users GROUP BY usite', _loadreportonly: true },
      ])
    ).json()) as {
      report: { rows: { usite: number; n: number }[] }
    }
    const total = grouped.report.rows.reduce((s, r) => s + r.n, 0)
    expect(total).toBe(mock.state.users.size)
    const bad = (await (
      await api.post('/Report', [{ sql: 'SELECT * FROM secrets', _loadreportonly: true }])
    ).json()) as {
      report: { loaded: boolean; load_error: string }
    }
    expect(bad.report).toMatchObject({ loaded: false, load_error: "Invalid object name 'secrets'." })
    const write = (await (
      await api.post('/Report', [{ sql: 'DELETE FROM faults', _loadreportonly: true }])
    ).json()) as {
      report: { loaded: boolean }
    }
    expect(write.report.loaded).toBe(false)
  })

  it('createpdf stores a PDF attachment and points at it', async () => {
    const res = await api.post('/Report/createpdf', { id: seed.reportId })
    const body = (await res.json()) as { pdf_attachment_id: number }
    const pdf = await api.get(`/Attachment/${body.pdf_attachment_id}`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const bytes = Buffer.from(await pdf.arrayBuffer())
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    expect(bytes.toString().trimEnd().endsWith('%%EOF')).toBe(true)
    // the xref offset points at the xref table
    const startxref = Number(/startxref\n(\d+)/.exec(bytes.toString())?.[1])
    expect(bytes.subarray(startxref, startxref + 4).toString()).toBe('xref')
  })

  it('print answers as createpdf does, and both refuse an empty body', async () => {
    const res = await api.post('/Report/print', [{ id: seed.reportId }])
    const body = (await res.json()) as { id: number; pdf_attachment_id: number }
    expect(body.id).toBe(seed.reportId)
    const pdf = await api.get(`/Attachment/${body.pdf_attachment_id}`)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    for (const path of ['/Report/print', '/Report/createpdf']) {
      const empty = await api.post(path, [])
      expect(empty.status, path).toBe(400)
    }
  })

  it('bookmarks a report', async () => {
    const res = await api.post('/Report/Bookmark', [{ id: seed.reportId, bookmarked: true }])
    expect(((await res.json()) as { bookmarked: boolean }).bookmarked).toBe(true)
    expect(mock.state.bookmarks.size).toBe(1)
  })

  it('lists reports and dashboards in envelopes', async () => {
    expect((await api.json<{ reports: unknown[] }>('/Report?pageinate=true')).reports).toHaveLength(5)
    expect(
      (await api.json<{ dashboards: unknown[] }>('/DashboardLinks?pageinate=true')).dashboards,
    ).toHaveLength(2)
  })
})
