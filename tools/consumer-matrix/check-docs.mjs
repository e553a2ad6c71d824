#!/usr/bin/env node
// API docs gate, two checks:
//
// 1. typedoc (root typedoc.json) over the main entry points must run without a single warning
//    (broken {@link}s, types referenced but not exported, TSDoc syntax).
// 2. The entry points users call directly carry an `@example` block tag: every resource
//    factory of every package, and the named entry points listed below. A resource factory is an
//    exported function whose only parameter is a `HaloCore` (`tickets(core)`), so a factory added to a
//    domain package is covered without editing this file; the resources `HaloClient` attaches (its
//    `HaloResources` interface) are cross-checked against them, so a factory whose signature changes
//    cannot drop out of the rule unnoticed.
//
// Both run typedoc over packages that must be built first (`nx run-many -t build`). The second
// converts every package of typedoc.json in this process while the first runs in a child, so the two
// take about as long as the second alone. Emits nothing; `pnpm run docs` builds the HTML into docs/api (`pnpm docs` is pnpm's own command).
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Application, ReflectionKind, TSConfigReader, TypeDocReader } from 'typedoc'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const typedoc = path.join(repoRoot, 'node_modules/typedoc/bin/typedoc')
const mainEntryPoints = ['packages/core', 'packages/client', 'packages/tickets']

// Entry points that are not resource factories but are what users reach for first. A name that is
// not found fails the check too, so a rename cannot silently drop one from it.
const namedEntryPoints = {
  '@halo/core': [
    'createHaloCore',
    'isHaloError',
    'isHaloResourceNotFound',
    'isHaloRateLimitError',
    'isHaloValidationError',
    'MemoryRateLimitStore',
  ],
  '@halo/client': ['HaloClient', 'HaloClient.fromEnv'],
  // haloHandlers lives on @halo/mock/msw, outside the main entry point typedoc reads.
  '@halo/mock': ['createHaloMock', 'startHaloMock'],
  '@halo/ratelimit-redis': [
    'RedisRateLimitStore',
    'createRedisRateLimitStore',
    'RedisTokenStore',
    'createRedisTokenStore',
  ],
}
// The interface of @halo/client whose properties are the resources a client carries.
const clientResources = ['@halo/client', 'HaloResources']

const startedAt = Date.now()
const warningsGate = runWarningsGate()
const missingExamples = await findMissingExamples()
const warnings = await warningsGate

let failed = false
process.stdout.write(warnings.output)
if (warnings.status !== 0) {
  console.error(`typedoc reported problems for ${mainEntryPoints.join(', ')} (exit ${warnings.status})`)
  failed = true
} else {
  console.log(`typedoc: ${mainEntryPoints.join(', ')} documented without warnings`)
}
if (missingExamples.problems.length > 0) {
  console.error(
    `typedoc: ${missingExamples.problems.length} entry point(s) without an @example block tag in their TSDoc:`,
  )
  for (const problem of missingExamples.problems) console.error(`  - ${problem}`)
  failed = true
} else {
  console.log(
    `typedoc: @example on all ${missingExamples.checked} entry points (${missingExamples.factories} resource factories)`,
  )
}
console.log(`check-docs: ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
if (failed) process.exit(1)

/** Check 1, in a child process so that it runs while this process converts every package. */
function runWarningsGate() {
  const args = [typedoc, '--options', 'typedoc.json', '--emit', 'none', '--treatWarningsAsErrors']
  for (const entry of mainEntryPoints) args.push('--entryPoints', entry)
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, timeout: 600_000 })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    child.on('error', (error) => resolve({ status: 1, output: `${output}${error.stack}\n` }))
    child.on('close', (status) => resolve({ status, output }))
  })
}

/** Check 2: converts every package of typedoc.json and lists the entry points lacking an example. */
async function findMissingExamples() {
  const app = await Application.bootstrapWithPlugins(
    // Warnings of packages outside check 1 are not this check's business; errors still show.
    { options: path.join(repoRoot, 'typedoc.json'), logLevel: 'Error' },
    [new TypeDocReader(), new TSConfigReader()],
  )
  const project = await app.convert()
  if (project === undefined) {
    return { problems: ['typedoc could not convert the packages (see the errors above)'], checked: 0 }
  }
  const problems = []
  const modules = new Map((project.children ?? []).map((module) => [module.name, module]))
  const factories = [...modules.values()].flatMap((module) =>
    (module.children ?? []).filter(isResourceFactory).map((factory) => ({ module, reflection: factory })),
  )
  const factoryNames = new Set(factories.map(({ reflection }) => reflection.name))
  const resources = modules.get(clientResources[0])?.getChildByName(clientResources[1])
  if (resources === undefined) {
    problems.push(`${clientResources.join(': ')} not found (renamed? update check-docs.mjs)`)
  }
  for (const resource of resources?.children ?? []) {
    if (!factoryNames.has(resource.name)) {
      problems.push(
        `${clientResources.join(': ')} has \`${resource.name}\`, but no package exports a factory \`${resource.name}(core: HaloCore)\` (update the rule in check-docs.mjs)`,
      )
    }
  }

  let checked = 0
  for (const { module, reflection } of factories) {
    checked++
    if (!hasExample(reflection)) problems.push(`${module.name}: ${reflection.name} (resource factory)`)
  }
  for (const [moduleName, names] of Object.entries(namedEntryPoints)) {
    for (const name of names) {
      const reflection = modules.get(moduleName)?.getChildByName(name.split('.'))
      if (reflection === undefined) {
        problems.push(`${moduleName}: ${name} not found (renamed? update the list in check-docs.mjs)`)
        continue
      }
      checked++
      if (!hasExample(reflection)) problems.push(`${moduleName}: ${name}`)
    }
  }
  return { problems, checked, factories: factories.length }
}

/** `name(core: HaloCore)`: one parameter, typed `HaloCore`. Generated operations take params too. */
function isResourceFactory(reflection) {
  if (!reflection.kindOf(ReflectionKind.Function)) return false
  return (reflection.signatures ?? []).some((signature) => {
    const [parameter, ...others] = signature.parameters ?? []
    return others.length === 0 && parameter?.type?.type === 'reference' && parameter.type.name === 'HaloCore'
  })
}

/** An `@example` on the declaration or on any of its signatures (where TSDoc on a function lands). */
function hasExample(reflection) {
  const comments = [
    reflection.comment,
    ...(reflection.signatures ?? []).map((signature) => signature.comment),
  ]
  return comments.some((comment) => comment?.blockTags.some((tag) => tag.tag === '@example'))
}
