#!/usr/bin/env node
// Reads the Halo OpenAPI document and writes src/generated/spec-routes.ts: every operation's method,
// path pattern and whether it accepts `pageinate`. The mock uses this table to answer operations it does
// not simulate with a plausible empty result; it never reads the spec at run time, because users install
// the mock without the spec.
// Usage: node scripts/generate-spec-routes.mjs [path/to/openapi.json]
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const scriptDir = dirname(fileURLToPath(import.meta.url))
const specPath = resolve(process.argv[2] ?? resolve(scriptDir, '../../../../shared/halo/openapi.json'))
const outPath = resolve(scriptDir, '../src/generated/spec-routes.ts')

const spec = JSON.parse(readFileSync(specPath, 'utf8'))
const methods = ['get', 'post', 'delete', 'put', 'patch']
const rows = []
for (const [path, item] of Object.entries(spec.paths ?? {})) {
  for (const method of methods) {
    const op = item[method]
    if (!op) continue
    const params = [...(item.parameters ?? []), ...(op.parameters ?? [])]
    const pages = params.some((p) => p.in === 'query' && p.name === 'pageinate')
    rows.push([method.toUpperCase(), path, pages ? 1 : 0])
  }
}
rows.sort((a, b) => (a[1] === b[1] ? a[0].localeCompare(b[0]) : a[1].localeCompare(b[1])))

const lines = rows.map(([m, p, pg]) => `  ['${m}', '${p}', ${pg}],`)
const out = `// generated — do not edit. Source: the Halo OpenAPI document (${rows.length} operations).
// Regenerate with \`pnpm --filter @halo/mock generate:routes [path/to/openapi.json]\`.

/** One API operation: HTTP method, path pattern relative to \`/api\`, 1 when it accepts \`pageinate\`. */
export type SpecRoute = readonly [method: string, path: string, pages: 0 | 1]

export const specRoutes: readonly SpecRoute[] = [
${lines.join('\n')}
]
`
writeFileSync(outPath, out)
console.log(`wrote ${rows.length} routes to ${outPath}`)
