import type { RecordId } from '../resource-methods/operation-types.js'

/**
 * The id of a record a helper acts on, or a TypeError naming the helper and what is missing. A record
 * built by hand (or a partial POST answer) without an id cannot be updated, deleted or refreshed, and
 * posting it would create a new record. The one id check of every record helper in the library.
 *
 * `kind` names the record in words (`'invoice'`, `'asset type'`), `helper` the method called
 * (`'delete'`). The message shows the call as code (`assetType.delete()`) and the record in words.
 */
export function recordIdOf(
  entity: { readonly id?: RecordId | null | undefined },
  kind: string,
  helper = 'helper',
): RecordId {
  const { id } = entity
  if (typeof id === 'number' && Number.isInteger(id) && id > 0) return id
  if (typeof id === 'string' && id !== '') return id
  throw new TypeError(
    `${asIdentifier(kind)}.${helper}(): this ${kind} record has no id (got ${JSON.stringify(id) ?? 'undefined'}); fetch or create it through the library first.`,
  )
}

/** `'asset type'` → `'assetType'`: a kind in words as the variable a caller would hold it in. */
function asIdentifier(kind: string): string {
  return kind.replace(/[\s-]+(\w)/g, (_, letter: string) => letter.toUpperCase())
}
