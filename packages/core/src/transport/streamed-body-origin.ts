import type { HaloError } from '../errors/halo-error.js'
import { HaloUnexpectedResponseError } from '../errors/halo-unexpected-response-error.js'
import { CHECK_BASE_URL } from './error-from-response.js'

/** Builds the error for an HTML page found in a body, given the page's start. */
export type HtmlPageErrorOf = (startText: string) => HaloError

/**
 * The call each body the core handed over (`responseType: 'stream'`) came from, as the error to
 * throw if a reader finds an HTML page where JSON was due. Weak: a body read or dropped is
 * forgotten with it. The core cannot refuse such a page itself when it hands a body over, since a
 * download may be an HTML file; only a reader that expects JSON knows.
 */
const htmlPageErrors = new WeakMap<ReadableStream<Uint8Array>, HtmlPageErrorOf>()

/** Remembers how to name `body`'s call in an HTML-page error; answers `body`. */
export function rememberBodyOrigin(
  body: ReadableStream<Uint8Array>,
  htmlPageError: HtmlPageErrorOf,
): ReadableStream<Uint8Array> {
  htmlPageErrors.set(body, htmlPageError)
  return body
}

/**
 * The error for an HTML page found at the start of `body` where JSON was due: naming the call and
 * its status when the core handed the body over, else saying what to check all the same.
 */
export function htmlPageErrorIn(body: ReadableStream<Uint8Array>, startText: string): HaloError {
  const known = htmlPageErrors.get(body)
  if (known !== undefined) return known(startText)
  return new HaloUnexpectedResponseError(`The answer is an HTML page, not JSON — ${CHECK_BASE_URL}.`)
}
