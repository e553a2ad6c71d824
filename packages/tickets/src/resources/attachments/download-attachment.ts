import type { HaloCore, RequestOptions } from '@halo/core'
import { checkPositiveInteger } from '../shared/record-id.js'

/*
 * `GET /Attachment/{id}` answers the file itself (Content-Disposition names it); `includedetails=true`
 * answers the metadata instead (docs/halo-api.md, "Attachments"). The generated `getAttachment` reads JSON, so the bytes
 * are fetched through the core's raw access, which shares auth, limits and retries.
 */

/** The file's bytes. */
export async function downloadAttachment(
  core: HaloCore,
  id: number,
  options: RequestOptions = {},
): Promise<Uint8Array> {
  const path = `/Attachment/${checkPositiveInteger(id, 'attachment id')}`
  return core.get<Uint8Array>(path, { ...options, responseType: 'bytes' })
}

/** The file as a stream, for large files: the body is not held in memory. The caller must consume it. */
export async function downloadAttachmentStream(
  core: HaloCore,
  id: number,
  options: RequestOptions = {},
): Promise<ReadableStream<Uint8Array>> {
  const path = `/Attachment/${checkPositiveInteger(id, 'attachment id')}`
  return core.get<ReadableStream<Uint8Array>>(path, { ...options, responseType: 'stream' })
}
