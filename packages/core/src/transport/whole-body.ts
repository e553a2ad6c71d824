import { decodeText } from './read-body.js'

const utf8 = new TextEncoder()

/**
 * A response body held whole in memory, in the form it came in: the bytes read from the wire, or
 * the text the response cache kept. The other form is made on first use and kept, so the parse,
 * the response cache and an error message share one decoding of a body read from the wire, and a
 * cached answer is handed over as the text it is (never encoded to be decoded again).
 */
export class WholeBody {
  #bytes: Uint8Array | undefined = undefined
  #text: string | undefined = undefined

  /** `body`: the bytes read from the wire, or the text the response cache kept. */
  constructor(body: Uint8Array | string) {
    if (typeof body === 'string') this.#text = body
    else this.#bytes = body
  }

  /** The body as bytes (encoded once from the text only when it came as text). */
  get bytes(): Uint8Array {
    this.#bytes ??= utf8.encode(this.#text ?? '')
    return this.#bytes
  }

  /** The body as UTF-8 text, decoded once. */
  get text(): string {
    this.#text ??= decodeText(this.#bytes ?? new Uint8Array(0))
    return this.#text
  }
}
