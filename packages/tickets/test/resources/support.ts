// Request checks by concrete path, on top of @halo/test-support's simulated Halo.
import type { LoggedRequest } from '@halo/mock'
import { apiRequests, type HaloMockHarness } from '@halo/test-support'

/** Requests to one method and path (relative to `/api`, any case): `callsTo(halo, 'POST', '/Tickets')`. */
export function callsTo(halo: HaloMockHarness, method: string, path: string): LoggedRequest[] {
  const wanted = `/api${path}`.toLowerCase()
  return apiRequests(
    halo.mock,
    (request) => request.method === method && request.path.toLowerCase() === wanted,
  )
}

/** The array bodies of the requests to one method and path, in order. */
export function postedBodies<T = Record<string, unknown>>(
  halo: HaloMockHarness,
  method: string,
  path: string,
): T[][] {
  return callsTo(halo, method, path).map((call) => (Array.isArray(call.body) ? (call.body as T[]) : []))
}
