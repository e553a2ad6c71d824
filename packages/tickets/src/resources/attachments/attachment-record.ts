import type { HaloCore, RequestOptions } from '@halo/core'
import { type RecordCallOptions, recordIdOf, withMethods } from '@halo/core/resource'
import type { Attachment, DeleteAttachmentParams } from '../../generated/index.js'
import { deleteAttachment } from '../../generated/index.js'
import { downloadAttachment, downloadAttachmentStream } from './download-attachment.js'
import { type SaveAttachmentOptions, type SavedAttachment, saveAttachmentToFile } from './save-attachment.js'

/** Helpers of an attachment record (not enumerable: the record's JSON is Halo's metadata). */
export interface AttachmentHelpers {
  /** The file's bytes (`GET /Attachment/{id}`). */
  download(options?: RequestOptions): Promise<Uint8Array>
  /** The file as a stream; consume or cancel it. */
  downloadStream(options?: RequestOptions): Promise<ReadableStream<Uint8Array>>
  /**
   * Downloads the file into `folder` under this record's `filename`, made safe (see
   * `attachments.saveToFile`); an existing file is kept unless `overwrite: true`.
   */
  saveToFile(folder: string, options?: SaveAttachmentOptions): Promise<SavedAttachment>
  /** Deletes the attachment (`DELETE /Attachment/{id}`); the same signature as every record's `delete`. */
  delete(options?: RecordCallOptions<DeleteAttachmentParams>): Promise<unknown>
}

/** An attachment's metadata as Halo sent it, with helpers. */
export type AttachmentRecord = Attachment & AttachmentHelpers

/** Attaches the helpers to an attachment Halo returned. */
export function attachmentRecord(core: HaloCore, attachment: Attachment): AttachmentRecord {
  // Attachments have no record GET (`GET /Attachment/{id}` is the file), so no update or refresh.
  const idOf = (helper: string) => recordIdOf(attachment, 'attachment', helper) as number
  return withMethods(attachment, {
    async download(options?: RequestOptions) {
      return downloadAttachment(core, idOf('download'), options)
    },
    async downloadStream(options?: RequestOptions) {
      return downloadAttachmentStream(core, idOf('downloadStream'), options)
    },
    async saveToFile(folder: string, options?: SaveAttachmentOptions) {
      const known = typeof attachment.filename === 'string' ? attachment.filename : undefined
      return saveAttachmentToFile(core, idOf('saveToFile'), folder, known, options)
    },
    async delete(options: RecordCallOptions<DeleteAttachmentParams> = {}) {
      const { params, ...requestOptions } = options
      return deleteAttachment(core, { ...params, id: idOf('delete') }, requestOptions)
    },
  })
}
