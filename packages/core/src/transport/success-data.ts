import type { HaloError } from '../errors/halo-error.js'
import { HaloUnexpectedResponseError } from '../errors/halo-unexpected-response-error.js'
import type { HttpMethod } from '../operation/descriptor.js'
import type { ResponseType } from '../options/request-options.js'
import type { Redactor } from '../redaction/redactor.js'
import { describeRequest, errorBodyOf, htmlPageError } from './error-from-response.js'
import { parseBodyText } from './parse-body.js'
import type { WholeBody } from './whole-body.js'

/**
 * The data of a 2xx/3xx answer, read as the caller asked. An HTML page where JSON was due throws
 * (a wrong baseUrl or a login page answered). A body that claims JSON and does not parse comes back
 * as `malformed` rather than thrown: most often the connection was cut mid-body, and a GET may be
 * asked again.
 */
export function successData(
  request: { readonly method: HttpMethod; readonly responseType?: ResponseType | undefined },
  safeUrl: () => string,
  response: Response,
  body: WholeBody | undefined,
  redactor: Redactor,
): { readonly data: unknown } | { readonly malformed: HaloError } {
  const responseType = request.responseType ?? 'json'
  if (body === undefined) return { data: response.body }
  if (responseType === 'bytes') return { data: body.bytes }
  const { text } = body
  if (responseType === 'text') return { data: text }
  const parsed = parseBodyText(text, response.headers.get('content-type'))
  switch (parsed.kind) {
    case 'empty':
      return { data: undefined }
    case 'json':
      return { data: parsed.value }
    case 'text':
      return { data: parsed.text }
    case 'html':
      throw htmlPageError(
        { status: response.status, method: request.method, url: safeUrl(), body: parsed },
        redactor,
      )
    case 'invalid-json': {
      const url = safeUrl()
      return {
        malformed: new HaloUnexpectedResponseError(
          `${describeRequest(request.method, url)} answered ${response.status} with a body that is not valid JSON ` +
            `(${parsed.reason}). Check baseUrl, and whether something between you and Halo rewrites or cuts responses.`,
          { status: response.status, method: request.method, url, body: errorBodyOf(parsed, redactor) },
        ),
      }
    }
  }
}
