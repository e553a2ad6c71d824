import { createHaloCore, type HaloCore, type HaloCoreOptions } from '@halo/core'
import { type HaloMock, mockCredentials } from '@halo/mock'

export const mockBaseUrl = 'https://halo.example.test'

/** A core whose fetch is the mock itself: no server, no msw. */
export function mockCore(mock: HaloMock, options: Partial<HaloCoreOptions> = {}): HaloCore {
  return createHaloCore({
    baseUrl: mockBaseUrl,
    ...mockCredentials,
    rateLimit: false,
    fetch: (input, init) => mock.handle(new Request(input, init)),
    ...options,
  })
}

/** A raw JSON call to the mock with a fresh token (for making changes between syncs). */
export async function haloCall(
  mock: HaloMock,
  method: 'POST' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await mock.handle(
    new Request(`${mockBaseUrl}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${mock.issueToken()}`, 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    }),
  )
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
  return response.json()
}
