import type { HaloCore, RequestOptions } from '@halo/core'
import { withMethods } from '@halo/core'
import type { Attachment } from '../../generated/index.js'
import { deleteAttachment } from '../../generated/index.js'
import { requireRecordId } from '../shared/record-id.js'
import { downloadAttachment, downloadAttachmentStream } from './download-attachment.js'

/** Helpers of an attachment record (not enumerable: the record's JSON is Halo's metadata). */
export interface AttachmentHelpers {
  /** The file's bytes (`GET /Attachment/{id}`). */
  download(options?: RequestOptions): Promise<Uint8Array>
  /** The file as a stream; consume or cancel it. */
  downloadStream(options?: RequestOptions): Promise<ReadableStream<Uint8Array>>
  /** Deletes the attachment (`DELETE /Attachment/{id}`). */
  delete(options?: RequestOptions): Promise<unknown>
}

/** An attachment's metadata as Halo sent it, with helpers. */
export type AttachmentRecord = Attachment & AttachmentHelpers

/** Attaches the helpers to an attachment Halo returned. */
export function attachmentRecord(core: HaloCore, attachment: Attachment): AttachmentRecord {
  const idOf = (helper: string) => requireRecordId(attachment.id, 'attachment', helper)
  return withMethods(attachment, {
    async download(options?: RequestOptions) {
      return downloadAttachment(core, idOf('download'), options)
    },
    async downloadStream(options?: RequestOptions) {
      return downloadAttachmentStream(core, idOf('downloadStream'), options)
    },
    async delete(options?: RequestOptions) {
      return deleteAttachment(core, { id: idOf('delete') }, options)
    },
  })
}
