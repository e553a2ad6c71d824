import type { HaloCore } from '@halo/core'
import {
  crudMethods,
  type HaloRecord,
  nameLookupMethods,
  perCoreNameLookup,
  type RecordHelpers,
  recordDecorator,
} from '@halo/core/resource'
import {
  type DeleteUserRoleParams,
  deleteUserRole,
  type GetUserRoleParams,
  getUserRole,
  listUserRoles,
  type UserRole,
  upsertUserRoles,
} from '../../generated/index.js'

/** Helpers on an end-user role returned by `roles(core)`. */
export type RoleHelpers = RecordHelpers<UserRole, GetUserRoleParams, DeleteUserRoleParams>

/** An end-user role (Halo's `UserRoles`): every wire field Halo sent, plus non-enumerable helpers. */
export type RoleRecord = HaloRecord<UserRole, GetUserRoleParams, DeleteUserRoleParams>

export function roleRecord(core: HaloCore, role: UserRole): RoleRecord {
  return recordDecorator(core, 'user role', {
    get: getUserRole,
    upsert: upsertUserRoles,
    remove: deleteUserRole,
  })(role)
}

const roleNames = perCoreNameLookup<number>({
  kind: 'user role',
  load: async (core) =>
    (await listUserRoles(core)).flatMap((r) =>
      typeof r.id === 'number' ? [{ name: r.name, id: r.id }] : [],
    ),
})

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
  const decorate = (role: UserRole) => roleRecord(core, role)
  return {
    ...crudMethods(
      core,
      { list: listUserRoles, get: getUserRole, upsert: upsertUserRoles, remove: deleteUserRole },
      decorate,
    ),
    ...nameLookupMethods(core, roleNames),
  }
}

export type RolesResource = ReturnType<typeof roles>
