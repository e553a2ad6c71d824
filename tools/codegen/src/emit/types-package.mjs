// @halo/types: the model types every domain package shares, declared once. Types only: the package
// has no runtime code, so depending on it costs a bundle nothing.
import { emitModels } from './schema-types.mjs'
import { BANNER, docBlock } from './text.mjs'

export const TYPES_ROOT = 'packages/types/src/generated'

/** Friendly names besides the one a component is declared under (`Opportunity`, `Project` → `Ticket`). */
function emitAliases(aliases, display) {
  const extra = aliases.filter((alias) => display(alias.target) !== alias.name)
  const imports = [...new Set(extra.map((alias) => display(alias.target)))].sort()
  const head = imports.length > 0 ? `import type { ${imports.join(', ')} } from './models.js'\n\n` : ''
  const blocks = extra.map(
    (alias) =>
      `${docBlock([`A ${alias.name} record: Halo's \`${alias.target}\`, declared as {@link ${display(alias.target)}}.`])}export type ${alias.name} = ${display(alias.target)}\n`,
  )
  return `${BANNER}\n${head}${blocks.join('\n')}`
}

/** The bodies of an upsert's overloads, named so each overload's declaration stays one line. */
export const RECORD_BODY_TYPES = ['OneRecordBody', 'RecordsBody']
/** The shapes of the domain packages' tag namespaces, named so each namespace's type is one line. */
export const TAG_NAMESPACE_TYPES = ['NamespaceOfTag', 'TagNamespace', 'TagNamespaceWithVerbs', 'TagVerb']

function emitRecordBodies() {
  return `${BANNER}

${docBlock(["An upsert's body of exactly one record: Halo answers the record itself."])}export type OneRecordBody<T> = { readonly body: readonly [T] }

${docBlock(["An upsert's body of two or more records: Halo answers an array."])}export type RecordsBody<T> = { readonly body: readonly [T, T, ...T[]] }
`
}

function emitTagNamespaceTypes() {
  return `${BANNER}

${docBlock([
  "One API tag's namespace in a domain package's `<package>TagNamespaces`: the tag, and the package's",
  'operations of that tag by name (`Ops` is the type of its `operations` record).',
])}export type TagNamespace<Ops, Tag extends string, Names extends keyof Ops> = {
  readonly tag: Tag
  readonly operations: Pick<Ops, Names>
}

${docBlock(['`{ verb: operation }` for a verb the tag has (`Name` an operation), nothing for one it lacks (`never`).'])}export type TagVerb<Ops, Verb extends string, Name extends keyof Ops> = [Name] extends [never]
  ? unknown
  : { readonly [V in Verb]: Ops[Name] }

${docBlock([
  'A tag namespace with the operations its common verbs stand for (`list`, `get`, `upsert`, `delete`),',
  'each by operation name, `never` for a verb the tag lacks.',
])}export type TagNamespaceWithVerbs<
  Ops,
  Tag extends string,
  Names extends keyof Ops,
  List extends keyof Ops,
  Get extends keyof Ops,
  Upsert extends keyof Ops,
  Delete extends keyof Ops,
> = TagNamespace<Ops, Tag, Names> & {
  readonly verbs: TagVerb<Ops, 'list', List> &
    TagVerb<Ops, 'get', Get> &
    TagVerb<Ops, 'upsert', Upsert> &
    TagVerb<Ops, 'delete', Delete>
}

${docBlock([
  'The namespace name of each API tag, read off a `<package>TagNamespaces` type: `{ Faults: "tickets" }`.',
])}export type NamespaceOfTag<Namespaces extends Record<string, { readonly tag: string }>> = {
  readonly [K in keyof Namespaces as Namespaces[K]['tag']]: K
}
`
}

/** @returns {Map<string, string>} repo-relative path → file content */
export function emitTypesPackage(model) {
  const { components, aliases, display } = model
  const clash = [...RECORD_BODY_TYPES, ...TAG_NAMESPACE_TYPES].find(
    (name) => components[name] || aliases.some((alias) => alias.name === name),
  )
  if (clash)
    throw new Error(
      `codegen: the spec declares ${clash}, a name @halo/types keeps for the operations' shapes`,
    )
  return new Map([
    [`${TYPES_ROOT}/models.ts`, emitModels(components, display)],
    [`${TYPES_ROOT}/aliases.ts`, emitAliases(aliases, display)],
    [`${TYPES_ROOT}/record-bodies.ts`, emitRecordBodies()],
    [`${TYPES_ROOT}/tag-namespace.ts`, emitTagNamespaceTypes()],
    [
      `${TYPES_ROOT}/index.ts`,
      `${BANNER}\nexport type * from './aliases.js'\nexport type * from './models.js'\nexport type * from './record-bodies.js'\nexport type * from './tag-namespace.js'\n`,
    ],
  ])
}
