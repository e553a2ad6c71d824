// The `halo` the README's examples use, connected to the simulated Halo the README test starts.
import { mockCredentials } from '@halo/mock'
import { HaloClient } from '../../src/index.js'

/** The instance the README's examples name; the README test serves it with the mock. */
export const README_BASE_URL = 'https://acme.halopsa.com'

export const halo = new HaloClient({ baseUrl: README_BASE_URL, ...mockCredentials, rateLimit: false })
