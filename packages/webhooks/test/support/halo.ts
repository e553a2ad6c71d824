import { createHaloCore, type HaloCore } from '@halo/core'
import { createHaloMock, type HaloMock, type HaloMockOptions, mockCredentials } from '@halo/mock'

/** A simulated Halo and a core that reaches it in memory (no server, no msw). */
export function simulatedHalo(options: HaloMockOptions = {}): { mock: HaloMock; core: HaloCore } {
  const mock = createHaloMock(options)
  const core = createHaloCore({
    baseUrl: 'https://halo.example.test',
    ...mockCredentials,
    fetch: (input, init) => mock.handle(new Request(input, init)),
  })
  return { mock, core }
}
