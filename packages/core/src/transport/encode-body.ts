import type { BodyKind } from '../operation/descriptor.js'

/** A body ready for fetch, and the content type to announce (none for FormData: fetch sets it). */
export interface EncodedBody {
  readonly body: BodyInit | undefined
  readonly contentType: string | undefined
}

function isBinary(value: unknown): value is Blob | ArrayBuffer | ArrayBufferView | ReadableStream {
  return (
    (typeof Blob !== 'undefined' && value instanceof Blob) ||
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream)
  )
}

function toFormData(value: unknown): FormData {
  if (value instanceof FormData) return value
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('A multipart body must be a FormData or a plain object of fields')
  }
  const form = new FormData()
  for (const [name, field] of Object.entries(value)) {
    if (field === undefined || field === null) continue
    if (typeof Blob !== 'undefined' && field instanceof Blob) form.append(name, field)
    else form.append(name, typeof field === 'string' ? field : JSON.stringify(field))
  }
  return form
}

/**
 * Encodes a request body. `json-array` wraps a single object in an array, because Halo's
 * create-and-update POSTs take arrays. FormData, URLSearchParams and binary bodies go as they are.
 */
export function encodeBody(body: unknown, kind: BodyKind = 'json'): EncodedBody {
  if (body === undefined) return { body: undefined, contentType: undefined }
  if (kind === 'multipart' || body instanceof FormData)
    return { body: toFormData(body), contentType: undefined }
  if (body instanceof URLSearchParams) {
    return { body: body.toString(), contentType: 'application/x-www-form-urlencoded' }
  }
  if (isBinary(body)) return { body: body as BodyInit, contentType: 'application/octet-stream' }
  const value = kind === 'json-array' && !Array.isArray(body) ? [body] : body
  return { body: JSON.stringify(value), contentType: 'application/json' }
}
