import type { HaloCore, RequestOptions } from '@halo/core'
import { getReport } from '../../generated/index.js'
import { type LoadedReport, reportContent } from './report-content.js'
import type { ReportRunParams } from './run-params.js'

/** Runs a saved report: `GET /Report/{id}?loadreport=true&…` and answers its results. */
export async function loadReport(
  core: HaloCore,
  reportId: number,
  params?: ReportRunParams,
  options?: RequestOptions,
): Promise<LoadedReport> {
  const answer = await getReport(core, { ...params, id: reportId, loadreport: true }, options)
  return reportContent(answer, {
    what: `Report ${reportId}`,
    method: 'GET',
    // Without the query: `report_access_token` may be in it.
    url: `${core.apiUrl}/Report/${reportId}`,
    reportId,
  })
}
