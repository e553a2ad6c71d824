// Reports: run a saved report, run SQL, make a PDF, bookmark it.
import type { HaloClient } from '@halo/client'
import { runWhenMain } from './support/run-example.js'

export async function run(halo: HaloClient, log: (line: string) => void) {
  const reports = await halo.reports.list()
  log(`${reports.length} saved reports`)

  const saved = reports.find((report) => report.name === 'Open tickets by client')
  if (saved?.id == null) throw new Error('No report "Open tickets by client"')
  const report = await halo.reports.get(saved.id)
  const rows = await report.run()
  log(`"${report.name}": ${rows.length} rows`)
  for (const row of rows.slice(0, 3)) log(`  ${Object.values(row).join(' | ')}`)

  // Ad-hoc SQL through the report endpoint (a single read-only SELECT).
  const agents = await halo.reports.runSql('SELECT TOP 3 uname AS [Agent] FROM uname')
  log(`SQL: ${agents.length} agents (${agents.map((row) => row.Agent).join(', ')})`)

  const pdf = await report.generatePdf()
  log(`PDF: attachment ${pdf.attachmentId}, ${pdf.bytes.byteLength} bytes`)
  const csv = await report.toCsv()
  const xlsx = await report.toXlsx()
  log(`CSV: ${csv.split('\r\n').filter(Boolean).length} lines; Excel: ${xlsx.byteLength} bytes`)
  const bookmarked = await report.bookmark()
  log(`Bookmarked "${bookmarked.name}"`)

  return {
    reports: reports.length,
    rows: rows.length,
    sqlRows: agents.length,
    pdfBytes: pdf.bytes,
    csv,
    xlsx,
  }
}

await runWhenMain(import.meta.url, run)
