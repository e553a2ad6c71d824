import { mimeTypeOf } from './mime-type.js'

/** What an attachment's content may be given as. A string is encoded as UTF-8 text. */
export type AttachmentContent = Uint8Array | ArrayBuffer | Blob | string

/** The content as bytes, whatever form it was given in. */
export async function contentBytes(content: AttachmentContent): Promise<Uint8Array> {
  if (typeof content === 'string') return new TextEncoder().encode(content)
  if (content instanceof Uint8Array) return content
  if (content instanceof ArrayBuffer) return new Uint8Array(content)
  if (typeof Blob !== 'undefined' && content instanceof Blob)
    return new Uint8Array(await content.arrayBuffer())
  // Buffers and other typed-array views from another realm fail `instanceof`; read them as views.
  if (ArrayBuffer.isView(content)) {
    const view = content as ArrayBufferView
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
  }
  throw new TypeError('attachment content must be a Uint8Array, an ArrayBuffer, a Blob or a string')
}

/**
 * Base64 without Node's `Buffer`, so the same code runs in browsers. Converted in slices: spreading a
 * large array into `String.fromCharCode` would exceed the engine's argument limit.
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  const slice = 0x8000
  for (let start = 0; start < bytes.length; start += slice) {
    binary += String.fromCharCode(...bytes.subarray(start, start + slice))
  }
  return btoa(binary)
}

/** `data:<mime>;base64,<…>`, the form Halo's `POST /Attachment` takes in `data_base64`. */
export function attachmentDataUrl(filename: string, bytes: Uint8Array): string {
  return `data:${mimeTypeOf(filename)};base64,${bytesToBase64(bytes)}`
}

/** Whether Halo should treat the file as an image (its `isimage` flag), from the file name. */
export function isImageFile(filename: string): boolean {
  return mimeTypeOf(filename).startsWith('image/')
}
