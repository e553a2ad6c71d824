#!/usr/bin/env node
// npm run api:coverage [-- --spec <file>]
// Reads the committed generated operations of every domain package and compares them with the
// spec: operations and tags per package and in total. Exits 1 when anything is missing or extra.
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { loadConfig } from './generate.mjs'
import { PACKAGES } from './model/build-model.mjs'

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const METHODS = ['get', 'post', 'delete', 'put', 'patch']

const DESCRIPTOR =
  /export const (\w+)Operation: OperationDescriptor = \{\n {2}name: '([^']+)',\n {2}method: '([A-Z]+)',\n {2}path: '([^']+)',\n {2}tag: '([^']+)',/g

/** Every descriptor in a package's committed generated operations. */
export async function readGeneratedOperations(root, packageName) {
  const dir = join(root, 'packages', packageName, 'src', 'generated', 'operations')
  if (!existsSync(dir)) return []
  const files = (await readdir(dir)).filter((file) => file.endsWith('.ts')).sort()
  const operations = []
  for (const file of files) {
    const source = await readFile(join(dir, file), 'utf8')
    for (const match of source.matchAll(DESCRIPTOR)) {
      operations.push({ name: match[2], key: `${match[3]} ${match[4]}`, tag: match[5], file })
    }
  }
  return operations
}

/** Operation keys (`GET /Tickets`) and tags of the spec. */
export function specOperations(spec) {
  const operations = []
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method]
      if (operation)
        operations.push({ key: `${method.toUpperCase()} ${path}`, tag: operation.tags?.[0] ?? '' })
    }
  }
  return operations
}

/** Compares generated with spec; answers printable rows and the problems found. */
export function compareCoverage(generatedByPackage, spec, tagPackages) {
  const expected = specOperations(spec)
  const rows = []
  const problems = []
  const seenKeys = new Map()
  const seenNames = new Map()
  for (const packageName of PACKAGES) {
    const generated = generatedByPackage.get(packageName) ?? []
    const wanted = expected.filter((operation) => tagPackages[operation.tag] === packageName)
    const wantedTags = new Set(wanted.map((operation) => operation.tag))
    const generatedKeys = new Set(generated.map((operation) => operation.key))
    const coveredTags = new Set(
      generated.filter((operation) => wantedTags.has(operation.tag)).map((operation) => operation.tag),
    )
    for (const operation of wanted) {
      if (!generatedKeys.has(operation.key)) problems.push(`${packageName}: missing ${operation.key}`)
    }
    for (const operation of generated) {
      if (seenKeys.has(operation.key)) problems.push(`${operation.key} generated twice`)
      if (seenNames.has(operation.name)) problems.push(`${operation.name} named twice`)
      seenKeys.set(operation.key, packageName)
      seenNames.set(operation.name, packageName)
      if (!wanted.some((w) => w.key === operation.key)) {
        problems.push(
          `${packageName}: ${operation.key} (${operation.name}) is not a ${packageName} operation of the spec`,
        )
      }
    }
    rows.push({
      packageName,
      operations: wanted.filter((operation) => generatedKeys.has(operation.key)).length,
      expectedOperations: wanted.length,
      tags: coveredTags.size,
      expectedTags: wantedTags.size,
    })
  }
  const allTags = new Set(expected.map((operation) => operation.tag))
  const coveredTags = new Set(expected.filter((operation) => seenKeys.has(operation.key)).map((o) => o.tag))
  const total = {
    packageName: 'total',
    operations: expected.filter((operation) => seenKeys.has(operation.key)).length,
    expectedOperations: expected.length,
    tags: coveredTags.size,
    expectedTags: allTags.size,
  }
  return { rows, total, problems }
}

export function formatCoverage({ rows, total }) {
  const line = (row) =>
    `${row.packageName.padEnd(14)}${`${row.operations} / ${row.expectedOperations}`.padStart(13)}${`${row.tags} / ${row.expectedTags}`.padStart(13)}`
  return [
    `${'package'.padEnd(14)}${'operations'.padStart(13)}${'tags'.padStart(13)}`,
    ...rows.map(line),
    '-'.repeat(40),
    line(total),
  ].join('\n')
}

async function main() {
  const { values } = parseArgs({ options: { spec: { type: 'string' }, root: { type: 'string' } } })
  const root = values.root ? resolve(values.root) : REPO_ROOT
  const source = values.spec ?? resolve(REPO_ROOT, '../shared/halo/openapi.json')
  const generatedByPackage = new Map()
  for (const packageName of PACKAGES) {
    generatedByPackage.set(packageName, await readGeneratedOperations(root, packageName))
  }
  if (!existsSync(source)) {
    const count = [...generatedByPackage.values()].reduce((sum, operations) => sum + operations.length, 0)
    console.log(
      `api:coverage: ${count} operations generated; the spec is not at ${source}, so nothing to compare.`,
    )
    return 0
  }
  const spec = JSON.parse(await readFile(source, 'utf8'))
  const { tagPackages } = await loadConfig()
  const result = compareCoverage(generatedByPackage, spec, tagPackages)
  console.log(formatCoverage(result))
  if (result.problems.length > 0) {
    console.error(`\napi:coverage: ${result.problems.length} problem(s):\n  ${result.problems.join('\n  ')}`)
    return 1
  }
  return 0
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error)
      process.exitCode = 1
    },
  )
}
