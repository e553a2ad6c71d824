import type { HaloCore, RequestOptions } from '@halo/core'
import { downloadPdfAttachment } from '@halo/core/resource'
import { createReportPdf, type Report } from '../../generated/index.js'
import { HaloReportError } from './halo-report-error.js'

/** A generated report PDF. */
export interface ReportPdf {
  /** The Halo attachment holding the PDF (`pdf_attachment_id`). */
  readonly attachmentId: number
  /** The PDF file. */
  readonly bytes: Uint8Array
  /** The report profile as Halo answered `createpdf` (with `pdf_attachment_id` and any `_link`s). */
  readonly profile: Report
}

/**
 * Generates a report's PDF and downloads it.
 *
 * `POST /Report/createpdf` takes one `AnalyzerProfile` and answers it with `pdf_attachment_id`. The
 * profile posted is the report as held (its own data, without earlier results) with `params` on top, as
 * Halo's designer posts the profile it shows. Fetching the file from `GET /Attachment/{pdf_attachment_id}`
 * is an inference from the schema (docs/halo-api.md, "Reports"), not documented. The download is a raw call rather
 * than `@halo/tickets`' generated attachment operation so that reporting does not depend on the tickets
 * package.
 */
export async function generateReportPdf(
  core: HaloCore,
  report: Report,
  reportId: number,
  params?: Report,
  options?: RequestOptions,
): Promise<ReportPdf> {
  const { report: _results, previous_report: _previous, ...definition } = report
  const body: Report = { ...definition, ...params, id: reportId }
  const answer: unknown = await createReportPdf(core, { body }, options)
  const profile = (Array.isArray(answer) ? answer[0] : answer) as Report | undefined
  const attachmentId = profile?.pdf_attachment_id
  if (typeof attachmentId !== 'number' || attachmentId <= 0) {
    throw new HaloReportError(
      `Report ${reportId}: Halo generated no PDF (no pdf_attachment_id in the createpdf answer). Check the report's PDF template and that the report runs.`,
      { method: 'POST', url: `${core.apiUrl}/Report/createpdf`, body: answer, reportId },
    )
  }
  const bytes = await downloadPdfAttachment(core, attachmentId, `Report ${reportId}`, options)
  return { attachmentId, bytes, profile: profile as Report }
}
