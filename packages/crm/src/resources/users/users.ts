import type { HaloCore } from '@halo/core'
import { userResource } from './user-record.js'

/**
 * End users (`/Users`): `list({ client_id, search, role })`, `search`, `get`, `create`, `update`,
 * `delete`, `createMany`, `upsertMany`, and `getMe()`.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { users } from '@halo/crm'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const me = await users(core).getMe()
 * const ellis = await users(core).list({ client_id: 11, search: 'ellis' })
 * ```
 */
export function users(core: HaloCore) {
  return userResource.methods(core)
}

export type UsersResource = ReturnType<typeof users>
