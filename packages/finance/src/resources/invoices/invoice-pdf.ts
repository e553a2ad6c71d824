import { type HaloCore, HaloUnexpectedResponseError, type RequestOptions } from '@halo/core'
import { downloadPdfAttachment, isPdf } from '@halo/core/resource'
import type { Invoice } from '../../generated/index.js'

/** An invoice's PDF, as `invoices.pdf(id)` and `invoice.pdf()` answer it. */
export interface InvoicePdf {
  readonly invoiceId: number
  /** The Halo attachment holding the PDF (`pdf_attachment_id`), or `null` when Halo answered the file itself. */
  readonly attachmentId: number | null
  /** The PDF file. */
  readonly bytes: Uint8Array
}

/**
 * Generates an invoice's PDF and answers its bytes.
 *
 * `POST /Invoice/PDF/{id}` takes no body and its answer is undocumented (docs/halo-api.md, "Finance"), so
 * both plausible answers are read: the PDF itself, or the invoice with `pdf_attachment_id` set (as
 * `POST /Report/createpdf` answers), whose file is then downloaded from `GET /Attachment/{id}`. The POST
 * is a raw call reading bytes so that neither answer is lost to a JSON parse.
 */
export async function generateInvoicePdf(
  core: HaloCore,
  invoiceId: number,
  options: RequestOptions = {},
): Promise<InvoicePdf> {
  if (typeof invoiceId !== 'number' || !Number.isInteger(invoiceId) || invoiceId <= 0) {
    throw new TypeError(
      `invoices.pdf(id): id must be a positive whole number, got ${JSON.stringify(invoiceId)}`,
    )
  }
  const path = `/Invoice/PDF/${invoiceId}`
  const answer = await core.post<Uint8Array>(path, undefined, { ...options, responseType: 'bytes' })
  if (isPdf(answer)) return { invoiceId, attachmentId: null, bytes: answer }

  const attachmentId = pdfAttachmentIdOf(answer)
  if (attachmentId === undefined) {
    throw new HaloUnexpectedResponseError(
      `Invoice ${invoiceId}: Halo generated no PDF (the answer to POST ${path} is neither a PDF nor an invoice with pdf_attachment_id). Check the invoice's PDF template and the agent's invoice permissions.`,
      { method: 'POST', url: `${core.apiUrl}${path}`, body: textOf(answer) },
    )
  }
  const bytes = await downloadPdfAttachment(core, attachmentId, `Invoice ${invoiceId}`, options)
  return { invoiceId, attachmentId, bytes }
}

/** `pdf_attachment_id` of a JSON answer (one invoice, or an array holding one), when it names a file. */
function pdfAttachmentIdOf(answer: Uint8Array): number | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(textOf(answer))
  } catch {
    return undefined
  }
  const invoice = (Array.isArray(parsed) ? parsed[0] : parsed) as Invoice | null | undefined
  const id = typeof invoice === 'object' && invoice !== null ? invoice.pdf_attachment_id : undefined
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : undefined
}

function textOf(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes)
}
