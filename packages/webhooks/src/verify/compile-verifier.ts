import { readBody } from '../body/read-body.js'
import type { HaloWebhookEvent } from '../events/halo-webhook-event.js'
import { parseJsonBody, toEvent } from '../events/parse-event.js'
import { createBasicCheck } from './basic-check.js'
import { createHeaderCheck } from './header-check.js'
import { createHmacCheck } from './hmac-check.js'
import { DEFAULT_MAX_BODY_BYTES, type HaloWebhookVerifyOptions } from './verify-options.js'

/** A verifier built once from its options (the HMAC key and secret digests are made on first use, then kept). */
export type WebhookVerifier = (request: Request) => Promise<HaloWebhookEvent>

const utf8 = new TextDecoder()

export function compileVerifier(options: HaloWebhookVerifyOptions): WebhookVerifier {
  if (!options.basic && !options.header && !options.hmac) {
    throw new TypeError(
      'verify needs at least one of basic, header or hmac: without a check anyone could post events',
    )
  }
  if (options.hmac && options.hmac.secret === '') throw new TypeError('verify.hmac.secret is empty')
  if (options.header && options.header.value === '') throw new TypeError('verify.header.value is empty')
  const basic = options.basic ? createBasicCheck(options.basic) : undefined
  const header = options.header ? createHeaderCheck(options.header) : undefined
  const hmac = options.hmac ? createHmacCheck(options.hmac) : undefined
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES

  return async (request) => {
    // Header checks come first: a caller without credentials never makes us read a large body.
    if (basic) await basic(request.headers)
    if (header) await header(request.headers)
    const body = await readBody(request, limit)
    if (hmac) await hmac.check(request.headers, body)
    const rawBody = utf8.decode(body)
    return toEvent(parseJsonBody(rawBody), rawBody)
  }
}
