// One facade namespace per API tag (`halo.cabs`, `halo.tickets`, …): the rule is in README.md "Names".
import { isParamSegment, pathBase } from './operation-names.mjs'
import { kebabCase, lowerFirst, pluralize, segmentName } from './words.mjs'

/** The tag's home path: its shortest path, ties broken alphabetically (stable across runs). */
function homePath(operations) {
  return operations
    .map((operation) => operation.path)
    .sort((a, b) => a.split('/').length - b.split('/').length || (a < b ? -1 : a > b ? 1 : 0))[0]
}

function firstSegmentName(path, segmentOverrides) {
  const first = path.split('/').find((segment) => segment && !isParamSegment(segment)) ?? path
  return lowerFirst(pluralize(segmentName(first, { first: true, segmentOverrides })))
}

function tagName(tag, segmentOverrides) {
  return lowerFirst(pluralize(segmentName(tag, { first: true, segmentOverrides })))
}

/**
 * Names a namespace for every tag: the friendly plural of the first segment of the tag's home path
 * (`/Tickets` → `tickets`). When several tags share that name, each takes the friendly plural of its
 * whole home path instead (`/Asset/Software` → `assetSoftware`), and failing that its own tag name.
 * @param {Array<{ operations: Array<{ tag: string, path: string, method: string }> }>} packages
 * @returns {Map<string, string>} tag → namespace name, unique
 */
export function nameTagNamespaces(packages, segmentOverrides) {
  const byTag = new Map()
  for (const pkg of packages) {
    for (const operation of pkg.operations)
      byTag.set(operation.tag, [...(byTag.get(operation.tag) ?? []), operation])
  }
  const tags = [...byTag.keys()].sort()
  const candidates = [
    (tag) => firstSegmentName(homePath(byTag.get(tag)), segmentOverrides),
    (tag) => lowerFirst(pluralize(pathBase(homePath(byTag.get(tag)), 'get', segmentOverrides) || tag)),
    (tag) => tagName(tag, segmentOverrides),
    (tag) => lowerFirst(kebabCase(tag).replace(/-(.)/g, (_, c) => c.toUpperCase())),
  ]
  const names = new Map()
  let pending = tags
  for (const candidate of candidates) {
    const proposed = new Map(pending.map((tag) => [tag, candidate(tag)]))
    const taken = new Set(names.values())
    const counts = new Map()
    for (const name of proposed.values()) counts.set(name, (counts.get(name) ?? 0) + 1)
    const next = []
    for (const tag of pending) {
      const name = proposed.get(tag)
      if (counts.get(name) === 1 && !taken.has(name)) names.set(tag, name)
      else next.push(tag)
    }
    pending = next
  }
  if (pending.length > 0) throw new Error(`codegen: no unique namespace name for tags: ${pending.join(', ')}`)
  return names
}
