// An HTML page where Halo's JSON was due (a login page, a proxy in front of /api, a wrong baseUrl)
// is told by the body's first bytes, never by the content-type alone: some IIS setups label
// Halo's JSON text/html.
const HTML_START = /^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|title[\s>])/i

/** True when `text`, the start of a body or all of it, opens an HTML page. */
export function startsAsHtml(text: string): boolean {
  return HTML_START.test(text)
}
