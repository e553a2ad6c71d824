// msw request handlers for vitest/jest: every request to the mock's origin(s) goes to `mock.handle()`.
import { http, type RequestHandler } from 'msw'
import { createHaloMock, type HaloMock } from '../mock/create-halo-mock.js'
import type { HaloMockOptions } from '../mock/settings.js'

/** The handlers, with the mock they drive (handy when they were created from options). */
export type HaloHandlers = RequestHandler[] & { readonly mock: HaloMock }

function isHaloMock(value: HaloMock | HaloMockOptions | undefined): value is HaloMock {
  return value !== undefined && typeof (value as HaloMock).handle === 'function'
}

/**
 * `setupServer(...haloHandlers())` intercepts `https://halo.example.test` (or `baseUrl`, plus a separate
 * `authUrl` origin). Pass a mock from `createHaloMock()` to keep a handle on its state and faults.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { createHaloMock, mockCredentials, seed } from '@halo/mock'
 * import { haloHandlers } from '@halo/mock/msw'
 * import { tickets } from '@halo/tickets'
 * import { setupServer } from 'msw/node'
 * import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'
 *
 * const mock = createHaloMock()
 * const server = setupServer(...haloHandlers(mock))
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
 * beforeEach(() => mock.reset()) // each test starts from the seed
 * afterAll(() => server.close())
 *
 * it('creates a ticket once', async () => {
 *   const core = createHaloCore({ baseUrl: 'https://halo.example.test', ...mockCredentials })
 *   await tickets(core).create({ tickettype_id: seed.ticketTypeId, summary: 'Printer jam' })
 *   expect(mock.requests.filter((request) => request.operation === 'POST /Tickets')).toHaveLength(1)
 * })
 * ```
 */
export function haloHandlers(mockOrOptions?: HaloMock | HaloMockOptions): HaloHandlers {
  const mock = isHaloMock(mockOrOptions) ? mockOrOptions : createHaloMock(mockOrOptions)
  const handlers = mock
    .origins()
    .map((origin) => http.all(`${origin}/*`, ({ request }) => mock.handle(request)))
  return Object.assign(handlers, { mock })
}
