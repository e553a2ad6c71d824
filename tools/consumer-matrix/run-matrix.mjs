#!/usr/bin/env node
// Consumer matrix: packs every published package (as `pnpm publish` would: workspace:^ rewritten to
// versions), installs the tarballs into throw-away projects with npm, and uses them from Node ESM,
// Node CJS, TypeScript (`nodenext` and `bundler` resolution, compiled and run), Bun and Deno. Every
// consumer runs real code against the simulated Halo (@halo/mock's startHaloMock on loopback).
//
// Bun and Deno are tried through their npm packages; when they cannot be installed here, that is
// reported and the rest is still checked. Anything that installs and then fails, fails the run.
import { execFileSync, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../..')
const require = createRequire(import.meta.url)
const keep = process.env.CONSUMER_MATRIX_KEEP === '1'
const work = mkdtempSync(path.join(os.tmpdir(), 'halo-consumer-matrix-'))
const started = Date.now()
const results = []

function log(message) {
  console.log(`[consumer-matrix ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}`)
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000, ...options })
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim()
  return { ok: result.status === 0 && result.error === undefined, output, error: result.error }
}

function record(name, outcome, detail) {
  results.push({ name, outcome, detail })
  log(`${outcome.padEnd(7)} ${name}${detail ? `: ${detail.split('\n').slice(-12).join('\n    ')}` : ''}`)
}

/** Runs one consumer; its last line of output is the detail shown. */
function check(name, command, args, options) {
  const result = run(command, args, options)
  if (result.ok) record(name, 'pass', result.output.split('\n').at(-1))
  else record(name, 'FAIL', result.output || String(result.error))
}

// 1. Pack. The published packages are the workspace's non-private packages under packages/.
const packages = readdirSync(path.join(repoRoot, 'packages'))
  .map((dir) => path.join(repoRoot, 'packages', dir))
  .filter((dir) => existsSync(path.join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => manifest.private !== true)
const tarballs = path.join(work, 'tarballs')
mkdirSync(tarballs)
for (const { dir, manifest } of packages) {
  if (!existsSync(path.join(dir, 'dist'))) throw new Error(`${manifest.name} is not built (run pnpm build)`)
  const packed = run('pnpm', ['pack', '--pack-destination', tarballs], { cwd: dir })
  if (!packed.ok) throw new Error(`pnpm pack failed for ${manifest.name}:\n${packed.output}`)
}
const tarballOf = new Map(
  readdirSync(tarballs).map((file) => {
    const manifest = JSON.parse(
      execFileSync('tar', ['-xOzf', path.join(tarballs, file), 'package/package.json'], { encoding: 'utf8' }),
    )
    for (const field of ['dependencies', 'peerDependencies'])
      for (const [name, range] of Object.entries(manifest[field] ?? {}))
        if (String(range).startsWith('workspace:'))
          throw new Error(`${manifest.name}: ${field} ${name} still says ${range}`)
    return [manifest.name, `file:${path.join(tarballs, file)}`]
  }),
)
log(`packed ${tarballOf.size} packages into ${tarballs}`)

// 2. One npm install shared by every Node consumer (they live in subfolders and resolve upwards).
const app = path.join(work, 'app')
mkdirSync(app)
writeFileSync(
  path.join(app, 'package.json'),
  `${JSON.stringify({ name: 'halo-consumer', private: true, dependencies: Object.fromEntries(tarballOf) }, null, 2)}\n`,
)
const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
  cwd: app,
})
if (!install.ok) {
  record('npm install of the tarballs', 'FAIL', install.output)
  finish()
}
record('npm install of the tarballs', 'pass', `${tarballOf.size} packages and their registry dependencies`)

function project(name, type, files) {
  const dir = path.join(app, name)
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({ name, private: true, type })}\n`)
  for (const [file, content] of Object.entries(files)) writeFileSync(path.join(dir, file), content)
  return dir
}
const fixture = (file) => readFileSync(path.join(here, 'fixtures', file), 'utf8')

// 3. Node ESM and CJS.
const esm = project('node-esm', 'module', { 'index.mjs': fixture('esm.mjs') })
check('Node ESM (import)', process.execPath, ['index.mjs'], { cwd: esm })
const cjs = project('node-cjs', 'commonjs', { 'index.cjs': fixture('cjs.cjs') })
check('Node CJS (require)', process.execPath, ['index.cjs'], { cwd: cjs })
// @halo/webhooks' Fetch handler behind each runtime's own server (node:http here, Bun/Deno below).
const webhooks = project('webhooks-esm', 'module', { 'index.mjs': fixture('webhooks.mjs') })
check('Node ESM (@halo/webhooks receiver)', process.execPath, ['index.mjs'], { cwd: webhooks })

// 4. TypeScript, compiled with the workspace's TypeScript (no download), then run with Node.
const tsc = require.resolve('typescript/bin/tsc', { paths: [repoRoot] })
for (const [resolution, module] of [
  ['nodenext', 'nodenext'],
  ['bundler', 'esnext'],
]) {
  const dir = project(`ts-${resolution}`, 'module', {
    'index.ts': fixture('consumer.ts'),
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module,
        moduleResolution: resolution,
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        skipLibCheck: false,
        types: [],
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        outDir: 'out',
      },
      include: ['index.ts'],
    }),
  })
  const compiled = run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: dir })
  if (!compiled.ok) {
    record(`TypeScript moduleResolution: ${resolution} (tsc)`, 'FAIL', compiled.output)
    continue
  }
  record(`TypeScript moduleResolution: ${resolution} (tsc)`, 'pass', 'no type errors')
  check(`TypeScript moduleResolution: ${resolution} (run)`, process.execPath, ['out/index.js'], { cwd: dir })
}

// 5. Bun and Deno, from their npm packages (platform binaries), installed once per run.
const runtimes = path.join(work, 'runtimes')
mkdirSync(runtimes)
writeFileSync(path.join(runtimes, 'package.json'), '{"private":true}\n')
for (const [runtime, args] of [
  ['bun', ['run', 'index.mjs']],
  ['deno', ['run', '--allow-all', 'index.mjs']],
]) {
  const installed = run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', runtime],
    {
      cwd: runtimes,
      timeout: 180_000,
    },
  )
  const binary = path.join(runtimes, 'node_modules', '.bin', runtime)
  const version = installed.ok && existsSync(binary) ? run(binary, ['--version']) : undefined
  if (version === undefined || !version.ok) {
    const reason = (version?.output || installed.output || 'no binary after install')
      .split('\n')
      .slice(-3)
      .join(' ')
    record(`${runtime}`, 'skipped', `could not install ${runtime} from npm here (${reason})`)
    continue
  }
  // The ESM consumer, copied next to the shared node_modules so both runtimes resolve the tarballs.
  const dir = path.join(app, `${runtime}-esm`)
  cpSync(esm, dir, { recursive: true })
  check(`${runtime} ${version.output.replace(/^deno /, '').split('\n')[0]} (ESM consumer)`, binary, args, {
    cwd: dir,
    timeout: 120_000,
  })
  const hooksDir = path.join(app, `${runtime}-webhooks`)
  cpSync(webhooks, hooksDir, { recursive: true })
  check(`${runtime} (@halo/webhooks receiver)`, binary, args, { cwd: hooksDir, timeout: 120_000 })
}

finish()

function finish() {
  const failed = results.filter((result) => result.outcome === 'FAIL')
  console.log('\nConsumer matrix')
  for (const result of results) console.log(`  ${result.outcome.padEnd(7)} ${result.name}`)
  console.log(
    `  ${results.filter((r) => r.outcome === 'pass').length} passed, ${failed.length} failed, ${results.filter((r) => r.outcome === 'skipped').length} skipped in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  )
  if (keep) console.log(`  kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
  process.exit(failed.length === 0 ? 0 : 1)
}
