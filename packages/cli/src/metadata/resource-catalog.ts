import { allOperationDescriptors, allTagNamespaces, resourceFactories } from '@halo/client'
import type { OperationDescriptor } from '@halo/core'

/** The five things `halo <resource>` does, and the operation behind each when the API has one. */
export interface ResourceEntry {
  /** Namespace name as on `halo.resourceNames` (`tickets`, `cabHeaders`). */
  readonly name: string
  /** The API tag (`Faults` for tickets). */
  readonly tag: string | undefined
  /** True for hand-written resources (`halo.tickets.list()`), false for generated tag namespaces. */
  readonly handWritten: boolean
  readonly list: OperationDescriptor | undefined
  readonly get: OperationDescriptor | undefined
  /** `POST` of an array to the collection: create, and update with an `id`. */
  readonly upsert: OperationDescriptor | undefined
  readonly remove: OperationDescriptor | undefined
}

const byTag = new Map<string, OperationDescriptor[]>()
for (const descriptor of allOperationDescriptors) {
  const list = byTag.get(descriptor.tag) ?? []
  list.push(descriptor)
  byTag.set(descriptor.tag, list)
}

const isCollection = (d: OperationDescriptor) => !d.path.includes('{')
const isItem = (d: OperationDescriptor) => /^\/[^/]+\/\{id\}$/i.test(d.path) || /\/\{id\}$/i.test(d.path)

function entryFor(name: string, handWritten: boolean): ResourceEntry {
  const tag = (allTagNamespaces as Record<string, { tag: string } | undefined>)[name]?.tag
  const operations = tag === undefined ? [] : (byTag.get(tag) ?? [])
  const collectionGets = operations.filter((d) => d.method === 'GET' && isCollection(d))
  const list =
    collectionGets.find((d) => d.paged === true || d.listKey !== undefined) ??
    collectionGets.sort((a, b) => a.path.length - b.path.length)[0]
  const base = list?.path
  const get = operations.find(
    (d) => d.method === 'GET' && isItem(d) && (base === undefined || d.path.startsWith(`${base}/`)),
  )
  const upsert = operations.find(
    (d) =>
      d.method === 'POST' &&
      isCollection(d) &&
      d.body === 'json-array' &&
      (base === undefined || d.path === base),
  )
  const remove = operations.find(
    (d) => d.method === 'DELETE' && isItem(d) && (base === undefined || d.path.startsWith(`${base}/`)),
  )
  return { name, tag, handWritten, list, get, upsert, remove }
}

/**
 * Every resource namespace of the client, in the order of `halo.resourceNames` (hand-written resources
 * first, then the generated tag namespaces), with the operations behind list, get, create/update and
 * delete found from the library's operation descriptors.
 */
export function resourceCatalog(): readonly ResourceEntry[] {
  const handWritten = Object.keys(resourceFactories)
  const generated = Object.keys(allTagNamespaces).filter((name) => !handWritten.includes(name))
  return [
    ...handWritten.map((name) => entryFor(name, true)),
    ...generated.map((name) => entryFor(name, false)),
  ]
}
