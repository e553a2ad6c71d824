import type { HaloCore, RequestOptions } from '@halo/core'
import type { CrudRecordHelpersOf, CrudRecordOf, RecordContext } from '@halo/core/resource'
import { type RowsToCsvOptions, type RowsToXlsxOptions, rowsToCsv, rowsToXlsx } from '../../export/index.js'
import { reportCrud } from '../../generated/crud-definitions.js'
import { bookmarkReport, type Report } from '../../generated/index.js'
import { loadReport } from './load-report.js'
import type { LoadedReport, ReportRow } from './report-content.js'
import { generateReportPdf, type ReportPdf } from './report-pdf.js'
import { type ReportRunParams, splitRequestOptions } from './run-params.js'

/** Helper methods of a report record (not enumerable: `JSON.stringify(report)` is Halo's data). */
export interface ReportExtras {
  /**
   * Runs the report and answers its rows: `GET /Report/{id}?loadreport=true` with `params` (wire names:
   * `reportingperiod`, `reportingperiodstartdate`, `client_id`, …). A query Halo could not run is a
   * `HaloReportError` carrying Halo's `load_error`.
   */
  run(params?: ReportRunParams, options?: RequestOptions): Promise<ReportRow[]>
  /** Like `run`, answering all of Halo's results: rows, `chart_labels`, `chart_dataset1…`, `table_html`. */
  load(params?: ReportRunParams, options?: RequestOptions): Promise<LoadedReport>
  /**
   * Generates the report's PDF (`POST /Report/createpdf`; `params` are report fields such as
   * `reportingperiod` or `pdftemplate_id`) and downloads it from `GET /Attachment/{pdf_attachment_id}`.
   */
  generatePdf(params?: Report, options?: RequestOptions): Promise<ReportPdf>
  /**
   * Bookmarks the report for the API agent (`POST /Report/Bookmark`); `{ bookmarked: false }` removes the
   * bookmark. Answers the report as Halo returns it.
   */
  bookmark(params?: Report, options?: RequestOptions): Promise<ReportRecord>
  /** Runs the report and writes its rows as CSV text (RFC 4180, header row first). */
  toCsv(params?: ReportRunParams, options?: RowsToCsvOptions & RequestOptions): Promise<string>
  /** Runs the report and writes its rows as an Excel workbook (.xlsx bytes; the sheet is named after the report). */
  toXlsx(params?: ReportRunParams, options?: RowsToXlsxOptions & RequestOptions): Promise<Uint8Array>
}

/** Saved reports with their helpers and `search`, as `reports(core)` hands them out. */
export const reportResource = /* @__PURE__ */ reportCrud
  .withExtras<ReportExtras, ReportRecord>(reportExtras)
  .searchable()

/** Every helper of a report record: its own and `update`, `delete`, `refresh`. */
export type ReportHelpers = ReportExtras & CrudRecordHelpersOf<typeof reportCrud>

/** A saved report (Halo's `AnalyzerProfile`) with helpers. */
export type ReportRecord = CrudRecordOf<typeof reportCrud> & ReportExtras

function reportExtras(
  core: HaloCore,
  report: Report,
  { id: idOf, decorate }: RecordContext<Report, ReportRecord>,
): ReportExtras {
  const id = (helper: string) => idOf(helper) as number
  const rows = async (params: ReportRunParams | undefined, options: RequestOptions) =>
    (await loadReport(core, id('run'), params, options)).rows
  return {
    run: (params, options) => rows(params, options ?? {}),
    load: (params, options) => loadReport(core, id('load'), params, options),
    generatePdf: (params, options) => generateReportPdf(core, report, id('generatePdf'), params, options),
    bookmark: async (params, options) => {
      const body: Report = { bookmarked: true, ...params, id: id('bookmark') }
      const answer: unknown = await bookmarkReport(core, { body }, options)
      const updated = Array.isArray(answer) ? answer[0] : answer
      // Halo documents no answer body; without one, the report as held with the new flag stands in.
      return typeof updated === 'object' && updated !== null
        ? decorate(updated as Report)
        : decorate({ ...report, bookmarked: body.bookmarked ?? true })
    },
    toCsv: async (params, options) => {
      const [requestOptions, csvOptions] = splitRequestOptions(options)
      return rowsToCsv(await rows(params, requestOptions), csvOptions)
    },
    toXlsx: async (params, options) => {
      const [requestOptions, xlsxOptions] = splitRequestOptions(options)
      const sheetName = xlsxOptions.sheetName ?? report.name ?? undefined
      return rowsToXlsx(await rows(params, requestOptions), {
        ...xlsxOptions,
        ...(sheetName === undefined ? {} : { sheetName }),
      })
    },
  }
}
