/** HMAC hash functions a Halo webhook can be configured with. */
export type HaloHmacAlgorithm = 'sha256' | 'sha1' | 'sha512'

/** How the signature bytes are written in the header. */
export type HaloSignatureDigest = 'hex' | 'base64'

/** Basic authentication: the username and password set on the Halo webhook. */
export interface HaloBasicAuthOptions {
  readonly username: string
  readonly password: string
}

/** A custom header Halo sends with a fixed value. */
export interface HaloHeaderAuthOptions {
  /** Header name, any case (`X-Api-Key`). */
  readonly name: string
  readonly value: string
}

/** An HMAC of the raw body, keyed with a shared secret. */
export interface HaloHmacOptions {
  readonly secret: string
  /** Default `'sha256'`. */
  readonly algorithm?: HaloHmacAlgorithm | undefined
  /** Default `'hex'`. */
  readonly digest?: HaloSignatureDigest | undefined
  /** Header carrying the signature, any case. Default `X-Halo-Signature` (see the README on why). */
  readonly header?: string | undefined
  /** Text before the signature in the header value, e.g. `sha256=`. Default none. */
  readonly prefix?: string | undefined
}

/**
 * The checks a delivery must pass; every one given must pass. At least one is required: a receiver
 * without a check would accept anyone's POST.
 */
export interface HaloWebhookVerifyOptions {
  readonly basic?: HaloBasicAuthOptions | undefined
  readonly header?: HaloHeaderAuthOptions | undefined
  readonly hmac?: HaloHmacOptions | undefined
  /** Largest body accepted, in bytes (default 1 MiB); larger deliveries fail with HTTP 413. */
  readonly maxBodyBytes?: number | undefined
}

/** The header the HMAC check reads when `hmac.header` is not given. */
export const DEFAULT_SIGNATURE_HEADER = 'X-Halo-Signature'

/** 1 MiB: a full ticket with its linked objects is tens of kilobytes. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024
