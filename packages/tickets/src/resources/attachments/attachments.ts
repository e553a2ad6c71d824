import type { HaloCore, RequestOptions } from '@halo/core'
import type { WithoutId } from '@halo/core/resource'
import { deleteMethods, listMethods } from '@halo/core/resource'
import type { Attachment, GetAttachmentParams } from '../../generated/index.js'
import { deleteAttachment, getAttachment, listAttachments } from '../../generated/index.js'
import { checkPositiveInteger } from '../shared/record-id.js'
import { type AttachmentRecord, attachmentRecord } from './attachment-record.js'
import { type AttachmentUpload, type AttachmentUploadFields, uploadAttachment } from './attachment-upload.js'
import { downloadAttachment, downloadAttachmentStream } from './download-attachment.js'
import { baseName, readLocalFile } from './read-local-file.js'
import { type SaveAttachmentOptions, type SavedAttachment, saveAttachmentToFile } from './save-attachment.js'

/** Options of `attachments.uploadFile(path, …)`: wire fields, and a file name other than the path's. */
export type AttachmentFileUpload = AttachmentUploadFields & { readonly filename?: string | undefined }

/**
 * Attachments (`/Attachment`): list (Halo's `Attachment_View` envelope comes back as records), metadata,
 * download as bytes or a stream, upload from bytes or a file (as the base64 data URL Halo expects), delete.
 * There is no `update`: Halo stores files as uploaded.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { attachments } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * await attachments(core).upload({ filename: 'error_log.txt', data: 'ERROR disk full\n', ticket_id: 1001 })
 * for (const file of await attachments(core).list({ ticket_id: 1001 })) {
 *   const bytes = await file.download()
 *   console.log(file.filename, bytes.length)
 * }
 * const saved = await attachments(core).saveToFile(5001, './downloads')
 * console.log(saved.path)
 * ```
 */
export function attachments(core: HaloCore) {
  const decorate = (attachment: Attachment): AttachmentRecord => attachmentRecord(core, attachment)
  return {
    ...listMethods(core, listAttachments, decorate),
    ...deleteMethods(core, deleteAttachment),
    /**
     * The attachment's metadata. `GET /Attachment/{id}` alone answers the file, so `includedetails=true`
     * is always sent; use `download` for the content.
     */
    async get(
      id: number,
      params?: Omit<WithoutId<GetAttachmentParams>, 'includedetails'>,
      options?: RequestOptions,
    ): Promise<AttachmentRecord> {
      const attachment = await getAttachment(
        core,
        { ...params, id: checkPositiveInteger(id, 'attachment id'), includedetails: true },
        options,
      )
      return decorate(attachment)
    },
    /** The file's bytes. */
    async download(id: number, options?: RequestOptions): Promise<Uint8Array> {
      return downloadAttachment(core, id, options)
    },
    /** The file as a `ReadableStream` (not held in memory); consume or cancel it. */
    async downloadStream(id: number, options?: RequestOptions): Promise<ReadableStream<Uint8Array>> {
      return downloadAttachmentStream(core, id, options)
    },
    /**
     * Downloads the file into `folder` under its own name (Node, Bun, Deno): Halo's file name from the
     * download's `Content-Disposition`, made safe so it stays in `folder`. Written to a temporary file
     * and renamed when complete; an existing file is kept (and the save fails) unless `overwrite: true`.
     */
    async saveToFile(id: number, folder: string, options?: SaveAttachmentOptions): Promise<SavedAttachment> {
      return saveAttachmentToFile(core, id, folder, undefined, options)
    },
    /** Uploads one file: `upload({ filename: 'log.txt', data: bytes, ticket_id: 5, note: '…' })`. */
    async upload(upload: AttachmentUpload, options?: RequestOptions): Promise<AttachmentRecord> {
      return decorate(await uploadAttachment(core, upload, options))
    },
    /** Uploads a file from disk (Node only); the file name defaults to the path's last segment. */
    async uploadFile(
      path: string,
      fields: AttachmentFileUpload = {},
      options?: RequestOptions,
    ): Promise<AttachmentRecord> {
      const { filename = baseName(path), ...wire } = fields
      const bytes = await readLocalFile(path)
      return decorate(await uploadAttachment(core, { ...wire, filename, bytes }, options))
    },
  }
}

export type AttachmentsResource = ReturnType<typeof attachments>
