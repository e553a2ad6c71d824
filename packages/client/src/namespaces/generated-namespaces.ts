import { adminNamespaceOfTag, adminTagNamespaces } from '@halo/admin'
import { assetsNamespaceOfTag, assetsTagNamespaces } from '@halo/assets'
import type { HaloCore } from '@halo/core'
import { crmNamespaceOfTag, crmTagNamespaces } from '@halo/crm'
import { financeNamespaceOfTag, financeTagNamespaces } from '@halo/finance'
import { integrationsNamespaceOfTag, integrationsTagNamespaces } from '@halo/integrations'
import { kbNamespaceOfTag, kbTagNamespaces } from '@halo/kb'
import { reportingNamespaceOfTag, reportingTagNamespaces } from '@halo/reporting'
import { ticketsNamespaceOfTag, ticketsTagNamespaces } from '@halo/tickets'
import { type BoundOperations, bindOperations } from '../operations/bind-operations.js'
import type { HaloResourceName } from '../resources/halo-resources.js'
import { bindTagVerbs, type TagVerbs, type VerbOperations } from './tag-verbs.js'

/**
 * One namespace per API tag (297), from every domain package: `{ tag, operations }` by namespace name.
 * Typed by reference to each package's own record: an inferred type would copy all 297 namespaces
 * into this package's declarations, for every consumer's compiler to read again.
 */
export const allTagNamespaces: typeof ticketsTagNamespaces &
  typeof assetsTagNamespaces &
  typeof kbTagNamespaces &
  typeof reportingTagNamespaces &
  typeof financeTagNamespaces &
  typeof crmTagNamespaces &
  typeof adminTagNamespaces &
  typeof integrationsTagNamespaces = {
  ...ticketsTagNamespaces,
  ...assetsTagNamespaces,
  ...kbTagNamespaces,
  ...reportingTagNamespaces,
  ...financeTagNamespaces,
  ...crmTagNamespaces,
  ...adminTagNamespaces,
  ...integrationsTagNamespaces,
}

/** The namespace name of every API tag: `namespaceOfTag.CABHeader === 'cabHeaders'`. */
export const namespaceOfTag: typeof ticketsNamespaceOfTag &
  typeof assetsNamespaceOfTag &
  typeof kbNamespaceOfTag &
  typeof reportingNamespaceOfTag &
  typeof financeNamespaceOfTag &
  typeof crmNamespaceOfTag &
  typeof adminNamespaceOfTag &
  typeof integrationsNamespaceOfTag = {
  ...ticketsNamespaceOfTag,
  ...assetsNamespaceOfTag,
  ...kbNamespaceOfTag,
  ...reportingNamespaceOfTag,
  ...financeNamespaceOfTag,
  ...crmNamespaceOfTag,
  ...adminNamespaceOfTag,
  ...integrationsNamespaceOfTag,
}

type AllTagNamespaces = typeof allTagNamespaces

/** An API tag, as the spec names it (`Faults`, `CABHeader`). */
export type HaloTag = keyof typeof namespaceOfTag

/** Names of the generated namespaces that a hand-written resource of the same name does not replace. */
export type GeneratedNamespaceName = Exclude<keyof AllTagNamespaces, HaloResourceName>

/**
 * The generated namespaces a client carries, for the tags without a hand-written resource of that name:
 * each tag's operations bound to the client by their full names (`halo.cabs.listCabs(params)`), and the
 * common verbs where the tag's shape allows (`halo.cabs.list()`, `get(id)`, `upsert([record])`,
 * `delete(id)`), as on the hand-written resources.
 */
export type GeneratedNamespaces = {
  readonly [K in GeneratedNamespaceName]: BoundOperations<AllTagNamespaces[K]['operations']> &
    TagVerbs<AllTagNamespaces[K] extends { readonly verbs: infer V } ? V : unknown>
}

/** Binds every generated namespace whose name is not in `taken` (the hand-written resources). */
export function createGeneratedNamespaces(core: HaloCore, taken: ReadonlySet<string>): GeneratedNamespaces {
  const namespaces: Record<string, unknown> = {}
  for (const [name, namespace] of Object.entries(allTagNamespaces)) {
    if (taken.has(name)) continue
    const verbs: VerbOperations = 'verbs' in namespace ? namespace.verbs : {}
    namespaces[name] = Object.freeze({
      ...bindOperations(core, namespace.operations),
      ...bindTagVerbs(core, verbs),
    })
  }
  return namespaces as GeneratedNamespaces
}
