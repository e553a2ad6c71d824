// What fetch would refuse locally, checked first, so a caller's mistake is a TypeError that names
// the option rather than a "could not reach Halo" that is retried and counted against the host.

/** An HTTP field name: a token of RFC 9110's tchar. */
const FIELD_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/
/** A field value fetch accepts: Latin-1 without CR, LF or NUL (tab and space allowed). */
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/

/**
 * Throws a TypeError naming `option` and the header when a name or value cannot be sent. The value
 * is never quoted: headers carry API keys and other secrets.
 */
export function checkHeaders(headers: Readonly<Record<string, unknown>>, option: string): void {
  for (const name of Object.keys(headers)) {
    if (!FIELD_NAME.test(name)) {
      throw new TypeError(
        `${option}: ${JSON.stringify(name)} is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only)`,
      )
    }
    const value = headers[name]
    if (typeof value !== 'string') {
      throw new TypeError(`${option}: the value of header ${name} must be a string, got ${typeof value}`)
    }
    if (!FIELD_VALUE.test(value)) {
      throw new TypeError(
        `${option}: the value of header ${name} holds a character a header cannot carry (CR, LF, NUL, another control character, or one beyond Latin-1); encode it first (e.g. encodeURIComponent)`,
      )
    }
  }
}

/** Whether a bearer token can go in an `Authorization` header as it is (visible ASCII, no spaces). */
export function isSendableToken(token: string): boolean {
  return /^[\x21-\x7e]+$/.test(token)
}
