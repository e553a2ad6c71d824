// One `defineCrudResource` per entity whose tag has the whole list / get / upsert / delete set, so the
// hand-written resources start from a generated definition and hold only what is their own (extras,
// name lookups, search, docs).
import { splitWords } from '../naming/words.mjs'
import { upsertEntity } from './operations.mjs'
import { tagVerbs } from './package-files.mjs'
import { BANNER, docBlock, quote } from './text.mjs'

/**
 * The tags of one package whose four verbs address the same entity: `{ base, kind, recordName, entity,
 * verbs }`, sorted by `base`. `base` is the get operation's noun (`getUserRole` → `UserRole`); `kind` is
 * how the record names itself in errors (`'user role'`), its words unless `name-overrides.json`
 * `crudKinds` names it as users know it (`FieldInfo` → `'custom field'`); `recordName` starts the names
 * of its record and helper types, `base` unless `crudRecordNames` gives the one its package exports
 * (`UserRole` → `Role`: `RoleRecord`), so no resource renames them by hand.
 */
export function crudEntities(files, kindOverrides = {}, recordNames = {}) {
  const entities = []
  for (const { file, operations } of files) {
    const { list, get, delete: remove } = tagVerbs(operations)
    const entity = get?.entity
    if (!list || !remove || !entity || list.entity !== entity) continue
    // A tag may also POST its records' lines (`upsertRecurringInvoiceLines`): the upsert is the one
    // collection POST of the entity itself.
    const upserts = operations.filter((operation) => upsertEntity(operation) === entity)
    if (upserts.length !== 1) continue
    const base = get.name.replace(/^get/, '')
    const kind =
      kindOverrides[base] ??
      splitWords(base)
        .map((word) => word.toLowerCase())
        .join(' ')
    const recordName = recordNames[base] ?? base
    entities.push({
      file,
      base,
      kind,
      recordName,
      entity,
      verbs: { list, get, upsert: upserts[0], delete: remove },
    })
  }
  return entities.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))
}

/** `packages/<pkg>/src/generated/crud-definitions.ts`, or undefined when no tag has the four verbs. */
export function emitCrudDefinitions(files, display, kindOverrides, recordNames) {
  const entities = crudEntities(files, kindOverrides, recordNames)
  if (entities.length === 0) return undefined
  const byFile = new Map()
  for (const { file, verbs } of entities)
    byFile.set(file, [
      ...(byFile.get(file) ?? []),
      ...[verbs.delete, verbs.get, verbs.list, verbs.upsert].map((operation) => operation.name),
    ])
  const imports = [...byFile].map(
    ([file, names]) => `import { ${[...new Set(names)].sort().join(', ')} } from './operations/${file}.js'\n`,
  )
  const blocks = entities.map(({ base, kind, recordName, entity, verbs }) => {
    const friendly = display(entity)
    const label = friendly === entity ? `\`${entity}\`` : `${friendly} (Halo's \`${entity}\`)`
    const name = `${base[0].toLowerCase()}${base.slice(1)}Crud`
    return `${docBlock([
      `${label} as a resource definition: \`list\`, \`get\`, \`create\`, \`update\`, \`delete\`, \`deleteMany\`,`,
      '`createMany` and `upsertMany`, and records with `update`, `delete` and `refresh`.',
    ])}export const ${name} = /* @__PURE__ */ defineCrudResource(${quote(kind)}, {
  list: ${verbs.list.name},
  get: ${verbs.get.name},
  upsert: ${verbs.upsert.name},
  remove: ${verbs.delete.name},
})

${docBlock([`One ${kind} as \`${name}\` hands it out: every wire field Halo sent, plus non-enumerable helpers.`])}export type ${recordName}Record = CrudRecordOf<typeof ${name}>

${docBlock([`The \`update\`, \`delete\` and \`refresh\` helpers of a ${kind} record.`])}export type ${recordName}Helpers = CrudRecordHelpersOf<typeof ${name}>
`
  })
  return `${BANNER}
// Not re-exported from the package: each hand-written resource starts from the definition it needs, and
// what no resource uses tree-shakes away (and never reaches the declarations).
import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
${imports.join('')}
${blocks.join('\n')}`
}
