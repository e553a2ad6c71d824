/**
 * A file name from Halo made safe to create in a folder of the caller's choosing: a name like
 * `../../.ssh/authorized_keys` or `C:\Windows\x.dll` must not leave that folder, and a name Windows
 * refuses (`CON`, `aux.txt`, `a:b`, a trailing dot) must not fail the save.
 *
 * - only the last path segment is kept (either separator);
 * - control characters and `< > : " / \ | ? *` become `_`;
 * - leading and trailing spaces and trailing dots are dropped; `.` and `..` are no name;
 * - Windows device names (`CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9`, with any
 *   extension) get a leading `_`;
 * - the name is cut to 255 UTF-8 bytes, keeping its extension.
 *
 * Answers `fallback` when nothing usable is left.
 */
export function safeFileName(name: string, fallback: string): string {
  const lastSegment = name.split(/[\\/]/).pop() ?? ''
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  let cleaned = lastSegment.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
  cleaned = cleaned.trim().replace(/[. ]+$/, '')
  if (cleaned === '' || /^\.+$/.test(cleaned)) return fallback
  if (/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i.test(cleaned)) cleaned = `_${cleaned}`
  return truncateUtf8(cleaned, MAX_NAME_BYTES)
}

/** The longest file name most file systems take (ext4, NTFS, APFS), in bytes. */
const MAX_NAME_BYTES = 255

function truncateUtf8(name: string, maxBytes: number): string {
  const encoder = new TextEncoder()
  if (encoder.encode(name).length <= maxBytes) return name
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : ''
  const budget = maxBytes - encoder.encode(extension).length
  // Whole code points only: never half a surrogate pair or a cut multi-byte character.
  let stem = ''
  let used = 0
  for (const char of name.slice(0, name.length - extension.length)) {
    const size = encoder.encode(char).length
    if (used + size > budget) break
    stem += char
    used += size
  }
  return `${stem}${extension}`
}
