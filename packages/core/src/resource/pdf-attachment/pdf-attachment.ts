import { HaloUnexpectedResponseError } from '../../errors/halo-unexpected-response-error.js'
import type { HaloCore } from '../../halo-core.js'
import type { RequestOptions } from '../../options/request-options.js'

/** Whether `bytes` start with `%PDF`, as every PDF file does. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46
}

/**
 * The bytes of the PDF Halo stored as attachment `attachmentId` (`GET /Attachment/{id}`), for the
 * calls that generate a PDF and answer where they put it (a report's `createpdf`, an invoice's PDF).
 * `subject` names what the PDF is of in the error (`'Invoice 42'`), which says what to check when the
 * attachment is not a PDF at all.
 */
export async function downloadPdfAttachment(
  core: HaloCore,
  attachmentId: number,
  subject: string,
  options?: RequestOptions,
): Promise<Uint8Array> {
  const bytes = await core.get<Uint8Array>(`/Attachment/${attachmentId}`, {
    ...options,
    responseType: 'bytes',
  })
  if (!isPdf(bytes)) {
    throw new HaloUnexpectedResponseError(
      `${subject}: attachment ${attachmentId} is not a PDF (it does not start with %PDF). Halo may store these PDFs elsewhere on this version.`,
      { method: 'GET', url: `${core.apiUrl}/Attachment/${attachmentId}` },
    )
  }
  return bytes
}
