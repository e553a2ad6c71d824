import type { HaloCore } from '@halo/core'
import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import { deleteUserRole, getUserRole, listUserRoles, upsertUserRoles } from '../../generated/index.js'

const roleResource = defineCrudResource('user role', {
  list: listUserRoles,
  get: getUserRole,
  upsert: upsertUserRoles,
  remove: deleteUserRole,
}).named()

/** Helpers on an end-user role returned by `roles(core)`. */
export type RoleHelpers = CrudRecordHelpersOf<typeof roleResource>

/** An end-user role (Halo's `UserRoles`): every wire field Halo sent, plus non-enumerable helpers. */
export type RoleRecord = CrudRecordOf<typeof roleResource>

/**
 * End-user roles (`/UserRoles`, a bare array), the roles `user.addRole(id)` gives: `list`, `get`,
 * `create`, `update`, `delete`, `createMany`, `upsertMany` and `idOf(name)`. Agent roles (`/Roles`)
 * are a different thing, configured in @halo/admin.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { roles, users } from '@halo/crm'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const siteManager = await roles(core).idOf('Site Manager')
 * const user = await users(core).get(101)
 * // Halo replaces a user's roles with what is posted; addRole posts the ones they have as well.
 * await user.addRole(siteManager)
 * ```
 */
export function roles(core: HaloCore) {
  return roleResource.methods(core)
}

export type RolesResource = ReturnType<typeof roles>
