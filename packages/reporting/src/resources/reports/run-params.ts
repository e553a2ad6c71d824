import type { RequestOptions } from '@halo/core'
import type { GetReportParams } from '../../generated/index.js'

/**
 * Parameters of running a saved report, by Halo's wire names: `reportingperiod`,
 * `reportingperiodstartdate`, `reportingperiodenddate`, `client_id`, `dashboard_id`,
 * `report_access_token`, … (`loadreport=true` is always sent).
 */
export type ReportRunParams = Omit<GetReportParams, 'id' | 'loadreport'>

const requestOptionKeys = ['signal', 'timeoutMs', 'retry', 'headers'] as const

/**
 * Splits options that mix per-request options with another API's options (`toCsv(params, { signal,
 * delimiter })`), so each part goes where it belongs.
 */
export function splitRequestOptions<T extends object>(
  options: (T & RequestOptions) | undefined,
): [RequestOptions, Omit<T, keyof RequestOptions>] {
  const request: Record<string, unknown> = {}
  const rest: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options ?? {})) {
    if ((requestOptionKeys as readonly string[]).includes(key)) request[key] = value
    else rest[key] = value
  }
  return [request as RequestOptions, rest as Omit<T, keyof RequestOptions>]
}
