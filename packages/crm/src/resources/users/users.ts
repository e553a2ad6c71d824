import type { HaloCore, RequestOptions } from '@halo/core'
import { crudMethods, searchMethods } from '@halo/core/resource'
import {
  deleteUser,
  getCurrentUser,
  getUser,
  listUsers,
  type User,
  upsertUsers,
} from '../../generated/index.js'
import { type UserRecord, userRecord } from './user-record.js'

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
  const decorate = (user: User) => userRecord(core, user)
  return {
    ...crudMethods(
      core,
      { list: listUsers, get: getUser, upsert: upsertUsers, remove: deleteUser },
      decorate,
    ),
    ...searchMethods(core, listUsers, decorate),
    /** The user the API session acts for (`GET /Users/me`). */
    async getMe(options?: RequestOptions): Promise<UserRecord> {
      return decorate((await getCurrentUser(core, undefined, options)) as User)
    },
  }
}

export type UsersResource = ReturnType<typeof users>
