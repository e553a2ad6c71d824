import { newRequestId } from '../observability/request-id.js'
import type { HttpMethod } from '../operation/descriptor.js'
import type { RawRequestOptions } from '../options/request-options.js'
import type { HaloResponse } from '../options/with-response.js'
import type { SendApiCall } from '../transport/api-caller.js'
import { checkRawPath } from '../transport/build-path.js'
import { encodeBody } from '../transport/encode-body.js'

/** A raw call's options, `withResponse` included (the overloads of `HaloCore` type the answer). */
export type RawCallOptions = RawRequestOptions & { readonly withResponse?: boolean | undefined }

/**
 * `core.get/post/put/patch/delete(path, …)`: a checked path under the API root, a JSON body, and
 * the body as answer, or with `withResponse: true` the whole answer (as openai-node's
 * `.withResponse()` gives it): `{ data, status, headers, requestId }`.
 */
export function createRawCall(send: SendApiCall) {
  return async function raw(
    method: HttpMethod,
    path: string,
    body: unknown,
    options: RawCallOptions | undefined,
  ): Promise<unknown> {
    const checked = checkRawPath(path)
    // Made here only when the caller wants it back; otherwise only if a hook or an error asks.
    const requestId = options?.withResponse === true ? newRequestId() : undefined
    const response = await send({
      method,
      path: checked,
      query: options?.query,
      body: body === undefined ? undefined : encodeBody(body, 'json'),
      responseType: options?.responseType,
      options,
      requestId,
    })
    if (requestId === undefined) return response.data
    const whole: HaloResponse<unknown> = {
      data: response.data,
      status: response.status,
      headers: response.headers,
      requestId,
    }
    return whole
  }
}
