import { HaloError, type HaloErrorDetails } from '@halo/core'

/**
 * Halo answered a report request with success (200) but the report did not run: `report.load_error`
 * holds SQL Server's message ("Invalid object name 'x'."), or `report.loaded` is false. Raised so that a
 * failed query is never mistaken for a report with no rows.
 */
export class HaloReportError extends HaloError {
  /** The saved report's id; `undefined` for ad-hoc SQL. */
  readonly reportId: number | undefined
  /** Halo's `load_error` text, empty when Halo gave none. */
  readonly loadError: string

  constructor(
    message: string,
    details: HaloErrorDetails & {
      readonly reportId?: number | undefined
      readonly loadError?: string | undefined
    },
  ) {
    super(message, details)
    // HaloError names errors after their kind; this one is a plain Halo error with a more telling name.
    this.name = 'HaloReportError'
    this.reportId = details.reportId
    this.loadError = details.loadError ?? ''
  }
}
