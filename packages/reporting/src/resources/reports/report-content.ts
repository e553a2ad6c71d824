import type { HttpMethod } from '@halo/core'
import type { Report, ReportContent } from '../../generated/index.js'
import { HaloReportError } from './halo-report-error.js'

/** One row of a report: column heading → value, as Halo returns it in `report.rows`. */
export type ReportRow = Record<string, unknown>

/** A report's results: `rows` always an array (the other fields as Halo sent them). */
export type LoadedReport = ReportContent & { rows: ReportRow[] }

/** Where a report answer came from, for the error message. */
export interface ReportSource {
  readonly what: string
  readonly method: HttpMethod
  readonly url: string
  readonly reportId?: number | undefined
}

/**
 * The results inside a report answer (`AnalyzerProfile.report`), or a `HaloReportError` when the report
 * did not run. Halo reports a failed query with status 200 and `report.load_error`, so success has to be
 * read from the body.
 */
export function reportContent(answer: unknown, source: ReportSource): LoadedReport {
  const profile = (Array.isArray(answer) ? answer[0] : answer) as Report | undefined
  const report = typeof profile === 'object' && profile !== null ? profile.report : undefined
  const fail = (message: string, loadError?: string): never => {
    throw new HaloReportError(message, {
      method: source.method,
      url: source.url,
      body: report ?? answer,
      reportId: source.reportId,
      ...(loadError === undefined ? {} : { loadError }),
    })
  }
  if (typeof report !== 'object' || report === null) {
    return fail(
      `${source.what}: Halo's answer has no report results (no "report" object). Check that the report exists and that the agent may run it.`,
    )
  }
  const loadError = typeof report.load_error === 'string' ? report.load_error.trim() : ''
  if (loadError !== '') return fail(`${source.what} failed in Halo: ${loadError}`, loadError)
  if (report.loaded === false) {
    return fail(
      `${source.what}: Halo did not load the report and gave no reason. Check the report's query and the reporting period.`,
      '',
    )
  }
  const rows = Array.isArray(report.rows) ? report.rows : []
  return { ...report, rows }
}
