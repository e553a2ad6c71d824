// Every component schema is exported (as a type and a valibot schema) by exactly one package, its
// owner, so the facade can re-export all packages without name clashes. Other packages that need it
// declare it privately in their generated models (structural typing makes the copies compatible).
import { operationRefs, schemaRefs } from './refs.mjs'

/**
 * Owner, in order of precedence:
 * 1. the package of the tag with the schema's name (`Faults` tag → tickets owns `Faults`);
 * 2. the package whose operations name it most in bodies or responses (ties: package order);
 * 3. the package that reaches it in the fewest references from the schemas it owns (ties: package order);
 * 4. for schemas no operation reaches: the package of the tag whose name starts the schema's name,
 *    else integrations (the package of vendor plumbing).
 * @returns {Map<string, string>} schema name → package name
 */
export function assignSchemaOwners({ components, operations, tags, tagPackages, packages }) {
  const owners = new Map()
  const names = Object.keys(components).sort()
  const rank = (packageName) => packages.indexOf(packageName)

  for (const name of names) if (tags.includes(name)) owners.set(name, tagPackages[name])

  const counts = new Map()
  for (const operation of operations) {
    for (const ref of operationRefs(operation)) {
      const perPackage = counts.get(ref) ?? new Map()
      perPackage.set(operation.packageName, (perPackage.get(operation.packageName) ?? 0) + 1)
      counts.set(ref, perPackage)
    }
  }
  for (const name of names) {
    if (owners.has(name) || !counts.has(name)) continue
    const best = [...counts.get(name)].sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))[0]
    owners.set(name, best[0])
  }

  let frontier = [...owners.keys()]
  while (frontier.length > 0) {
    const candidates = new Map()
    for (const name of frontier) {
      for (const ref of schemaRefs(components[name])) {
        if (owners.has(ref)) continue
        const current = candidates.get(ref)
        const owner = owners.get(name)
        if (current === undefined || rank(owner) < rank(current)) candidates.set(ref, owner)
      }
    }
    for (const [name, owner] of candidates) owners.set(name, owner)
    frontier = [...candidates.keys()].sort()
  }

  const tagsLongestFirst = [...tags].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  for (const name of names) {
    if (owners.has(name)) continue
    const tag = tagsLongestFirst.find((candidate) => name.startsWith(candidate))
    owners.set(name, tag ? tagPackages[tag] : 'integrations')
  }
  return new Map([...owners].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
}

/** Every schema reachable from `roots`, sorted by name. */
export function schemaClosure(components, roots) {
  const seen = new Set()
  const stack = [...roots]
  while (stack.length > 0) {
    const name = stack.pop()
    if (seen.has(name)) continue
    if (!components[name]) throw new Error(`codegen: reference to unknown schema ${name}`)
    seen.add(name)
    for (const ref of schemaRefs(components[name])) stack.push(ref)
  }
  return [...seen].sort()
}
