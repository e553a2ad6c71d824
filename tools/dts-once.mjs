#!/usr/bin/env node
// After `tsup`: ship each package's declarations once. tsup writes every entry's declarations twice, as
// `.d.ts` (read by `import`) and `.d.cts` (read by `require`), byte for byte the same. The `.d.cts`
// copy must stay a file of its own: TypeScript reads a `.d.ts` inside a `"type": "module"` package as
// ESM, so `require` under node16 resolution needs a CommonJS-typed file. The `.d.ts` need not: an ES
// module may re-export a CommonJS one, so it becomes `export * from './x.cjs'` and the declarations
// are installed (and read by a consumer's compiler) once.
//
// Usage, from a package directory after its build: node ../../tools/dts-once.mjs [dist]
// Leaves a pair alone unless both files exist and say the same (chunk imports aside), so it is safe to
// run twice.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * An ESM declaration file as its CommonJS twin reads: a shared chunk is `./chunk-x.js` from one and
 * `./chunk-x.cjs` from the other, and nothing else differs.
 */
export function asCommonJs(declarations) {
  return declarations.replace(/(from |import\()(['"])(\.{1,2}\/[^'"]+)\.js\2/g, '$1$2$3.cjs$2')
}

/** The `.d.ts` → `.d.cts` pairs of `dir` whose two files are the same declarations. */
export function identicalPairs(dir) {
  const pairs = []
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.d.ts')) continue
    const esm = path.join(dir, name)
    const cjs = path.join(dir, `${name.slice(0, -'.d.ts'.length)}.d.cts`)
    if (existsSync(cjs) && asCommonJs(readFileSync(esm, 'utf8')) === readFileSync(cjs, 'utf8'))
      pairs.push({ esm, cjs })
  }
  return pairs.sort((a, b) => (a.esm < b.esm ? -1 : 1))
}

/**
 * The ES module declarations that stand for a CommonJS one: every named export, and the default if
 * there is one (`export *` leaves it out).
 */
export function reexportOf(cjsFile, declarations) {
  const specifier = `./${path.basename(cjsFile).slice(0, -'.d.cts'.length)}.cjs`
  const hasDefault = /^export default |^export \{[^}]*\bas default\b/m.test(declarations)
  return `export * from '${specifier}'\n${hasDefault ? `export { default } from '${specifier}'\n` : ''}`
}

/** Rewrites every identical pair's `.d.ts` as a re-export; returns the files rewritten. */
export function declareOnce(dir) {
  const rewritten = []
  for (const { esm, cjs } of identicalPairs(dir)) {
    writeFileSync(esm, reexportOf(cjs, readFileSync(cjs, 'utf8')))
    rewritten.push(esm)
  }
  return rewritten
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.argv[2] ?? 'dist')
  const rewritten = declareOnce(dir)
  console.log(
    `dts-once: ${rewritten.length} .d.ts file(s) in ${path.relative(process.cwd(), dir) || '.'} re-export their .d.cts`,
  )
}
