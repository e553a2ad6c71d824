import {
  deleteMethods,
  getMethods,
  type HaloCore,
  listMethods,
  type RequestOptions,
  searchMethods,
  writeMethods,
} from '@halo/core'
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
 */
export function users(core: HaloCore) {
  const decorate = (user: User) => userRecord(core, user)
  return {
    ...listMethods(core, listUsers, decorate),
    ...searchMethods(core, listUsers, decorate),
    ...getMethods(core, getUser, decorate),
    ...writeMethods(core, upsertUsers, decorate),
    ...deleteMethods(core, deleteUser),
    /** The user the API session acts for (`GET /Users/me`). */
    async getMe(options?: RequestOptions): Promise<UserRecord> {
      return decorate((await getCurrentUser(core, undefined, options)) as User)
    },
  }
}

export type UsersResource = ReturnType<typeof users>
