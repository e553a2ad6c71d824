#!/usr/bin/env node
// npm run codegen [-- --spec <file or URL>] [-- --check]
//   writes every domain package's src/generated/ and test/generated/ from the Halo OpenAPI spec;
//   --check regenerates in memory and fails when the committed output is stale.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generate, loadConfig } from './generate.mjs'
import { PACKAGES } from './model/build-model.mjs'
import { staleFiles, writeFiles } from './output.mjs'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
// Where CI checks a spec out beside the repository. The spec is an input, never committed here.
/** Every package with generated folders: the eight domains, @halo/types and @halo/client (the operation catalog). */
const GENERATED_PACKAGES = [...PACKAGES, 'types', 'client']
export const DEFAULT_SPEC = resolve(REPO_ROOT, '../shared/halo/openapi.json')

async function loadSpec(source) {
  if (/^https?:\/\//.test(source)) {
    const response = await fetch(source)
    if (!response.ok) throw new Error(`codegen: ${source} answered ${response.status}`)
    return response.json()
  }
  return JSON.parse(await readFile(source, 'utf8'))
}

async function main() {
  const { values } = parseArgs({
    options: {
      spec: { type: 'string' },
      check: { type: 'boolean', default: false },
      root: { type: 'string' },
    },
  })
  const root = values.root ? resolve(values.root) : REPO_ROOT
  const source = values.spec ?? DEFAULT_SPEC
  const isUrl = /^https?:\/\//.test(source)

  if (values.check && !isUrl && !existsSync(source)) {
    console.log(
      `codegen --check: skipped, the spec is not at ${source} (no spec given or found; nothing was compared).\n` +
        '  To run it: npm run codegen -- --check --spec <path to openapi.json, or https://<instance>/api/swagger/v2/swagger.json>',
    )
    return 0
  }
  const spec = await loadSpec(source)
  const { model, files } = generate(spec, await loadConfig())
  const summary = `${model.operations.length} operations, ${model.tags.length} tags, ${files.size} files`

  if (values.check) {
    const stale = await staleFiles(root, files, GENERATED_PACKAGES)
    if (stale.length === 0) {
      console.log(`codegen --check: generated code is up to date (${summary}).`)
      return 0
    }
    console.error(`codegen --check: ${stale.length} generated file(s) are stale; run \`npm run codegen\`:`)
    for (const { path, reason } of stale) console.error(`  ${path} (${reason})`)
    return 1
  }
  const written = await writeFiles(root, files, GENERATED_PACKAGES)
  console.log(`codegen: ${summary}; ${written.length} file(s) written or removed.`)
  return 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exitCode = 1
  },
)
