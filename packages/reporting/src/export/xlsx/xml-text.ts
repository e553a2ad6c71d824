// Characters XML 1.0 forbids even when escaped (C0 controls other than tab/LF/CR, lone surrogates,
// U+FFFE/U+FFFF). Excel refuses a file containing them, so they are dropped from cell text.
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding forbidden control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Text safe inside an XML element or attribute value. */
export function xmlText(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}
