/** HMAC signing the simulated Halo adds to every delivery (Halo's webhook record has no field for it). */
export interface MockWebhookSigning {
  readonly secret: string
  /** Default `'sha256'`. */
  readonly algorithm?: 'sha256' | 'sha1' | 'sha512'
  /** Default `'hex'`. */
  readonly digest?: 'hex' | 'base64'
  /** Default `X-Halo-Signature`. */
  readonly header?: string
  /** Text before the signature, e.g. `sha256=`. Default none. */
  readonly prefix?: string
}

/** How the mock delivers the webhooks registered with `POST /Webhook` when tickets change. */
export interface MockWebhookOptions {
  /** Sends each delivery (default: the global `fetch`). */
  readonly fetch?: typeof fetch
  /** Attempts per delivery, the first included: a non-2xx answer or a network error is retried (default 3). */
  readonly attempts?: number
  /** Wait between attempts in ms (default 0; real Halo waits minutes). */
  readonly retryDelayMs?: number
  /** Also sign every delivery with an HMAC of its body. */
  readonly signing?: MockWebhookSigning
}
