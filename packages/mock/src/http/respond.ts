// Response builders shaped like the live Halo API: JSON without an envelope for single records, plain
// text for some errors, .NET-style `{ ClassName, Message }` objects for others (docs/halo-api.md, "Errors").

export const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' }

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...jsonHeaders, ...headers } })
}

export function text(body: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers } })
}

export function empty(status: number, headers: Record<string, string> = {}): Response {
  return new Response(null, { status, headers })
}

/** `{ ClassName, Message }`: how Halo's .NET back end reports exceptions. */
export function dotNetError(status: number, className: string, message: string): Response {
  return json({ ClassName: className, Message: message }, status)
}

/** 404 for an unknown id on a simulated resource. */
export function notFound(resource: string, id: number | string): Response {
  return dotNetError(
    404,
    'Halo.Exceptions.RecordNotFoundException',
    `${resource} with id ${id} was not found`,
  )
}

/**
 * 400 keyed by field path, the shape n8n's Halo node parses (`[0].summary`): one entry per invalid
 * field of the posted array.
 */
export function fieldErrors(errors: Record<string, string>): Response {
  const body: Record<string, string[]> = {}
  for (const [field, message] of Object.entries(errors)) body[field] = [message]
  return json(body, 400)
}

/** 400 as plain text: how Halo reports business-rule failures. */
export function badRequestText(message: string): Response {
  return text(message, 400)
}
