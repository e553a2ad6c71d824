import type { HaloCore, RequestOptions } from '@halo/core'
import { type RecordHelpers, recordHelpers, recordIdOf, withMethods, writeMethods } from '@halo/core/resource'
import {
  type DeleteUserParams,
  deleteUser,
  type GetUserParams,
  getUser,
  type User,
  type UserRole,
  upsertUsers,
} from '../../generated/index.js'
import { type CrmCustomFieldHelpers, customFieldHelpers } from '../shared/custom-field-helpers.js'

/** Helpers on an end user (Halo's `Users`) returned by `users(core)`. */
export interface UserHelpers
  extends RecordHelpers<User, GetUserParams, DeleteUserParams>,
    CrmCustomFieldHelpers<UserRecord> {
  /**
   * Gives the user the end-user role `roleId` (`/UserRoles`) and keeps the roles they already have:
   * Halo replaces `roles` with what is posted, so the current roles are posted with the new one.
   * Does nothing (no request) when the user already has it. Answers the updated user.
   */
  addRole(roleId: number, options?: RequestOptions): Promise<UserRecord>
  /** Takes the role `roleId` away and keeps the others; no request when the user does not have it. */
  removeRole(roleId: number, options?: RequestOptions): Promise<UserRecord>
}

/** An end user: every wire field Halo sent, plus non-enumerable helpers. */
export type UserRecord = User & UserHelpers

export function userRecord(core: HaloCore, user: User): UserRecord {
  const decorate = (entity: User) => userRecord(core, entity)
  const id = () => recordIdOf(user, 'user') as number

  // The roles Halo has now: the record's own when it carries them (lists and GETs usually do), else
  // fetched with includedetails, because posting roles computed from a missing array would wipe them.
  async function currentRoles(options?: RequestOptions): Promise<readonly UserRole[]> {
    if (Array.isArray(user.roles)) return user.roles
    const fresh = await getUser(core, { id: id(), includedetails: true }, options)
    return fresh.roles ?? []
  }

  async function postRoles(roleIds: readonly number[], options?: RequestOptions): Promise<UserRecord> {
    const roles = roleIds.map((roleId) => ({ id: roleId }))
    const updated = await writeMethods(core, upsertUsers, decorate).update(id(), { roles }, options)
    // Keep this record truthful so that a second addRole on it does not post stale roles.
    user.roles = updated.roles ?? roles
    return updated
  }

  return withMethods(user, {
    ...recordHelpers(core, user, 'user', { get: getUser, upsert: upsertUsers, remove: deleteUser }, decorate),
    ...customFieldHelpers(core, user, 'user', { get: getUser, upsert: upsertUsers }, decorate),
    async addRole(roleId: number, options?: RequestOptions): Promise<UserRecord> {
      const ids = roleIdsOf(await currentRoles(options))
      if (ids.includes(roleId)) return decorate(user)
      return postRoles([...ids, roleId], options)
    },
    async removeRole(roleId: number, options?: RequestOptions): Promise<UserRecord> {
      const ids = roleIdsOf(await currentRoles(options))
      if (!ids.includes(roleId)) return decorate(user)
      return postRoles(
        ids.filter((existing) => existing !== roleId),
        options,
      )
    },
  })
}

// Role ids without duplicates, in the order Halo listed them.
function roleIdsOf(roles: readonly UserRole[]): number[] {
  const ids: number[] = []
  for (const role of roles) {
    if (typeof role.id === 'number' && !ids.includes(role.id)) ids.push(role.id)
  }
  return ids
}
