import type { HaloCore, RequestOptions } from '@halo/core'
import { loadReport } from './load-report.js'
import type { LoadedReport, ReportRow } from './report-content.js'
import { reportResource } from './report-record.js'
import type { ReportRunParams } from './run-params.js'
import { type RunSqlOptions, runReportSql } from './run-sql.js'

/**
 * Saved reports (Halo's `AnalyzerProfile`, `/Report`; list envelope `reports`), running them, ad-hoc
 * SQL, PDFs, bookmarks and CSV / Excel export.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { reports } from '@halo/reporting'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const rows = await reports(core).run(1, { reportingperiod: 3 })
 * // Only a single read-only SELECT is sent: the SQL runs on Halo's own database.
 * const latest = await reports(core).runSql('SELECT TOP 5 faultid, symptom FROM faults')
 * ```
 */
export function reports(core: HaloCore) {
  return {
    ...reportResource.methods(core),
    /** Runs a saved report by id and answers its rows, without fetching the definition first. */
    async run(id: number, params?: ReportRunParams, options?: RequestOptions): Promise<ReportRow[]> {
      return (await loadReport(core, id, params, options)).rows
    },
    /** Runs a saved report by id and answers all of Halo's results (rows, chart data, table HTML). */
    load(id: number, params?: ReportRunParams, options?: RequestOptions): Promise<LoadedReport> {
      return loadReport(core, id, params, options)
    },
    /**
     * Runs ad-hoc SQL through the report endpoint and answers the rows:
     * `reports(core).runSql('SELECT TOP 10 faultid, symptom FROM faults')`. Only a single read-only
     * SELECT of at most 8000 characters is sent unless `allowNonSelect: true`.
     */
    runSql(sql: string, options?: RunSqlOptions): Promise<ReportRow[]> {
      return runReportSql(core, sql, options)
    },
  }
}

export type ReportsResource = ReturnType<typeof reports>
