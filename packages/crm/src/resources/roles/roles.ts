import type { HaloCore } from '@halo/core'
import { userRoleCrud } from '../../generated/crud-definitions.js'

const roleResource = /* @__PURE__ */ userRoleCrud.named()

export type { RoleHelpers, RoleRecord } from '../../generated/crud-definitions.js'

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
