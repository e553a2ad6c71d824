import type { HaloCore, RequestOptions } from '@halo/core'
import {
  type CrudRecordHelpersOf,
  customFieldHelpers,
  type RecordContext,
  writeMethods,
} from '@halo/core/resource'
import { userCrud } from '../../generated/crud-definitions.js'
import { getCurrentUser, getUser, type User, type UserRole, upsertUsers } from '../../generated/index.js'
import type { CrmCustomFieldHelpers } from '../shared/custom-field-helpers.js'

/** The helpers an end user adds to `update`, `delete`, `refresh` and its custom fields. */
export interface UserExtras extends CrmCustomFieldHelpers<UserRecord> {
  /**
   * Gives the user the end-user role `roleId` (`/UserRoles`) and keeps the roles they already have:
   * Halo replaces `roles` with what is posted, so the current roles are posted with the new one.
   * Does nothing (no request) when the user already has it. Answers the updated user.
   */
  addRole(roleId: number, options?: RequestOptions): Promise<UserRecord>
  /** Takes the role `roleId` away and keeps the others; no request when the user does not have it. */
  removeRole(roleId: number, options?: RequestOptions): Promise<UserRecord>
}

/** Helpers on an end user (Halo's `Users`) returned by `users(core)`. */
export interface UserHelpers extends CrudRecordHelpersOf<typeof userCrud>, UserExtras {}

/** An end user: every wire field Halo sent, plus non-enumerable helpers. */
export type UserRecord = User & UserHelpers

/** End users with their helpers, `search` and `getMe()`: what `users(core)` hands out. */
export const userResource = /* @__PURE__ */ userCrud
  .withExtras<UserExtras, UserRecord>(userExtras)
  .searchable()
  .withGetMe(getCurrentUser)

function userExtras(core: HaloCore, user: User, context: RecordContext<User, UserRecord>): UserExtras {
  const { decorate } = context
  const id = (helper: RoleHelper) => context.id(helper) as number

  // The roles Halo has now: the record's own when it carries them (lists and GETs usually do), else
  // fetched with includedetails, because posting roles computed from a missing array would wipe them.
  async function currentRoles(helper: RoleHelper, options?: RequestOptions): Promise<readonly UserRole[]> {
    if (Array.isArray(user.roles)) return user.roles
    const fresh = await getUser(core, { id: id(helper), includedetails: true }, options)
    return fresh.roles ?? []
  }

  async function postRoles(
    helper: RoleHelper,
    roleIds: readonly number[],
    options?: RequestOptions,
  ): Promise<UserRecord> {
    const roles = roleIds.map((roleId) => ({ id: roleId }))
    const updated = await writeMethods(core, upsertUsers, decorate).update(id(helper), { roles }, options)
    // Keep this record truthful so that a second addRole on it does not post stale roles.
    user.roles = updated.roles ?? roles
    return updated
  }

  return {
    ...customFieldHelpers(core, user, userCrud, context),
    async addRole(roleId: number, options?: RequestOptions): Promise<UserRecord> {
      const ids = roleIdsOf(await currentRoles('addRole', options))
      if (ids.includes(roleId)) return decorate(user)
      return postRoles('addRole', [...ids, roleId], options)
    },
    async removeRole(roleId: number, options?: RequestOptions): Promise<UserRecord> {
      const ids = roleIdsOf(await currentRoles('removeRole', options))
      if (!ids.includes(roleId)) return decorate(user)
      return postRoles(
        'removeRole',
        ids.filter((existing) => existing !== roleId),
        options,
      )
    },
  }
}

type RoleHelper = 'addRole' | 'removeRole'

// Role ids without duplicates, in the order Halo listed them.
function roleIdsOf(roles: readonly UserRole[]): number[] {
  const ids: number[] = []
  for (const role of roles) {
    if (typeof role.id === 'number' && !ids.includes(role.id)) ids.push(role.id)
  }
  return ids
}
