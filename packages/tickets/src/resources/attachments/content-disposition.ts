/**
 * The file name a `Content-Disposition` header gives (`GET /Attachment/{id}` names the file there,
 * docs/halo-api.md "Attachments"): the RFC 6266 `filename*=UTF-8''…` form first, then `filename="…"`
 * or a bare `filename=…`. Answers `undefined` when there is none. The name is not safe to use as a path
 * until `safeFileName` has cleaned it.
 */
export function contentDispositionFileName(header: string | null | undefined): string | undefined {
  if (!header) return undefined
  const extended = /(?:^|;)\s*filename\*\s*=\s*([^';]*)'[^']*'([^;]*)/i.exec(header)
  if (extended) {
    const decoded = percentDecode(extended[2]?.trim() ?? '')
    if (decoded) return decoded
  }
  const quoted = /(?:^|;)\s*filename\s*=\s*"((?:[^"\\]|\\.)*)"/i.exec(header)
  if (quoted) return quoted[1]?.replace(/\\(.)/g, '$1') || undefined
  const bare = /(?:^|;)\s*filename\s*=\s*([^;]+)/i.exec(header)
  return bare?.[1]?.trim() || undefined
}

function percentDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value)
  } catch {
    return undefined
  }
}
