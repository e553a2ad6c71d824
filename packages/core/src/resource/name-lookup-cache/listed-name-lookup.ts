import type { ListOperation } from '../resource-methods/operation-types.js'
import { type PerCoreNameLookup, perCoreNameLookup } from './per-core-name-lookup.js'

/** What a record is called: one name, or several that all find it (a custom field's name and label). */
export type RecordNames = string | null | undefined | readonly (string | null | undefined)[]

/**
 * The name lookup of a resource whose whole list is one request (`/Team`, `/Agent`, `/UserRoles`):
 * every listed record with a numeric id, named by `nameOf` (its `name` unless the kind names records
 * by another field, as outcomes do by `outcome`). One cache per core, as `perCoreNameLookup` keeps.
 */
export function listedNameLookup<TEntity extends { readonly id?: number | string | null | undefined }>(
  kind: string,
  list: ListOperation<never, TEntity>,
  nameOf: (entity: TEntity) => RecordNames = (entity) => nameField(entity),
): PerCoreNameLookup<number> {
  return perCoreNameLookup<number>({
    kind,
    load: async (core) =>
      (await list(core)).flatMap((entity) => {
        const { id } = entity
        if (typeof id !== 'number') return []
        const names = nameOf(entity)
        // The same id under two names is one entry to the cache, not an ambiguity.
        const all: readonly (string | null | undefined)[] = isNameList(names) ? names : [names]
        return all.map((name) => ({ name, id }))
      }),
  })
}

function nameField(entity: object): string | null | undefined {
  const { name } = entity as { readonly name?: unknown }
  return typeof name === 'string' ? name : undefined
}

// Array.isArray narrows a readonly array in a union poorly; this keeps the element type.
function isNameList(names: RecordNames): names is readonly (string | null | undefined)[] {
  return Array.isArray(names)
}
