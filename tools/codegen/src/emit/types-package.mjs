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

/** @returns {Map<string, string>} repo-relative path → file content */
export function emitTypesPackage(model) {
  const { components, aliases, display } = model
  return new Map([
    [`${TYPES_ROOT}/models.ts`, emitModels(components, display)],
    [`${TYPES_ROOT}/aliases.ts`, emitAliases(aliases, display)],
    [
      `${TYPES_ROOT}/index.ts`,
      `${BANNER}\nexport type * from './aliases.js'\nexport type * from './models.js'\n`,
    ],
  ])
}
