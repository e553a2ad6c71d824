import type { HaloCore, RequestOptions } from '@halo/core'
import { type Report, upsertReports } from '../../generated/index.js'
import { type ReportRow, reportContent } from './report-content.js'
import { splitRequestOptions } from './run-params.js'
import { checkReportSql } from './sql-guard.js'

/** Options of `reports.runSql(sql, options)`. */
export interface RunSqlOptions extends RequestOptions {
  /** Keep at most this many rows. Halo still runs the whole query: put `TOP n` in the SQL for big tables. */
  readonly limit?: number | undefined
  /** Send statements other than a single read-only SELECT (and skip that check). Default `false`. */
  readonly allowNonSelect?: boolean | undefined
}

/**
 * Runs ad-hoc SQL through Halo's report endpoint and answers the rows.
 *
 * Halo has no SQL endpoint of its own; its report designer tests a query by POSTing an unsaved report
 * with `_loadreportonly: true` (PowerShell `Invoke-HaloSQL`, the MCP server and rnode all do this), so
 * nothing is saved.
 */
export async function runReportSql(
  core: HaloCore,
  sql: string,
  options?: RunSqlOptions,
): Promise<ReportRow[]> {
  const [requestOptions, { limit, allowNonSelect = false }] = splitRequestOptions(options)
  checkReportSql(sql, allowNonSelect)
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new RangeError(`runSql: limit must be a whole number of rows, got ${limit}`)
  }
  const query: Report = { id: 0, name: '', sql, apiquery_id: 0, _testonly: false, _loadreportonly: true }
  const answer = await upsertReports(core, { body: [query] }, requestOptions)
  const { rows } = reportContent(answer, { what: 'SQL query', method: 'POST', url: `${core.apiUrl}/Report` })
  return limit === undefined ? rows : rows.slice(0, limit)
}
