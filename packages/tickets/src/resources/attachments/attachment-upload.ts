import type { HaloCore, RequestOptions } from '@halo/core'
import { oneOrMany } from '@halo/core/resource'
import type { Attachment } from '../../generated/index.js'
import { upsertAttachments } from '../../generated/index.js'
import { type AttachmentContent, attachmentDataUrl, contentBytes, isImageFile } from './attachment-bytes.js'

/** Wire fields of an upload other than the content: `ticket_id`, `action_id`, `note`, `showforusers` … */
export type AttachmentUploadFields = Omit<Attachment, 'id' | 'filename' | 'data' | 'data_base64'>

/**
 * What `attachments.upload` takes: the file name, the content as `data` or `bytes` (the same thing; a
 * string is UTF-8 text, not base64), and Halo's wire fields. Without `ticket_id` the upload stands alone
 * and can be linked later with `attachments: [{ id }]` on a ticket or action POST.
 */
export type AttachmentUpload = AttachmentUploadFields & { readonly filename: string } & (
    | { readonly data: AttachmentContent; readonly bytes?: never | undefined }
    | { readonly bytes: AttachmentContent; readonly data?: never | undefined }
  )

/** The JSON `POST /Attachment` body item for one file (docs/halo-api.md, "Attachments"). */
export async function attachmentUploadBody(
  filename: string,
  content: AttachmentContent,
  fields: AttachmentUploadFields = {},
): Promise<Attachment> {
  if (typeof filename !== 'string' || filename.trim() === '') {
    throw new TypeError('attachment upload: filename must be a non-empty string, e.g. "error_log.txt"')
  }
  const bytes = await contentBytes(content)
  return {
    isimage: isImageFile(filename),
    ...fields,
    filename,
    data_base64: attachmentDataUrl(filename, bytes),
  }
}

/** Posts one file and answers Halo's metadata for it. */
export async function uploadAttachment(
  core: HaloCore,
  upload: AttachmentUpload,
  options?: RequestOptions,
): Promise<Attachment> {
  const { data, bytes, filename, ...fields } = upload
  const content = data ?? bytes
  if (content === undefined) {
    throw new TypeError('attachments.upload: give the file content as `data` or `bytes`')
  }
  const body = await attachmentUploadBody(filename, content, fields)
  return oneOrMany(
    body,
    (items) => upsertAttachments(core, { body: items }, options) as Promise<Attachment | Attachment[]>,
  )
}
