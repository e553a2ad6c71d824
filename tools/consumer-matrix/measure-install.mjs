#!/usr/bin/env node
// Installed size, as a user gets it: packs every published package (as `pnpm publish` would), then for
// each measured package installs its tarball (and the tarballs of the @halo packages it needs) into an
// empty project with npm, and sums what lands in node_modules (bytes of every file, like `du -sb`).
//
//   node tools/consumer-matrix/measure-install.mjs                 # @halo/client, @halo/mock, @halo/mock + msw
//   node tools/consumer-matrix/measure-install.mjs @halo/tickets   # any published package
//   node tools/consumer-matrix/measure-install.mjs --json          # machine-readable
//   node tools/consumer-matrix/measure-install.mjs --write         # also rewrites the table in docs/PERFORMANCE.md
//   node tools/consumer-matrix/measure-install.mjs @halo/client --max-mb 8   # fails above 8 MB (npm test)
//
// Build first (`pnpm build` or `npm run build`): the tarballs are packed from each package's dist.
// Needs the npm registry (or a warm npm cache) for third-party dependencies.
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    'max-mb': { type: 'string' },
  },
})
const maxBytes = values['max-mb'] === undefined ? undefined : Number(values['max-mb']) * 1e6
if (maxBytes !== undefined && !(maxBytes > 0)) throw new Error(`--max-mb wants a positive number, not ${values['max-mb']}`)
// `name+extra` also installs a registry package beside it (an optional peer a user would add).
const targets = positionals.length > 0 ? positionals : ['@halo/client', '@halo/mock', '@halo/mock+msw@2.15.0']

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 600_000 })
  if (result.status !== 0 || result.error) {
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}${result.stderr}${result.error ?? ''}`,
    )
  }
  return result.stdout
}

const work = mkdtempSync(path.join(os.tmpdir(), 'halo-install-size-'))
try {
  const packages = publishedPackages()
  const results = targets.map((target) => measure(target, packages))
  if (values.json) console.log(JSON.stringify(results, null, 2))
  else console.log(table(results).join('\n'))
  if (values.write) writeSection(table(results))
  for (const result of maxBytes === undefined ? [] : results) {
    if (result.bytes > maxBytes) {
      process.exitCode = 1
      console.error(
        `${result.target} installs ${(result.bytes / 1e6).toFixed(2)} MB, over the ${values['max-mb']} MB budget: see docs/PERFORMANCE.md, Install size, for what it is made of.`,
      )
    }
  }
} finally {
  if (values.keep) console.error(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}

/** Every published (non-private) package under packages/: name → { dir, manifest }. */
function publishedPackages() {
  const packages = new Map()
  for (const dir of readdirSync(path.join(repoRoot, 'packages'))) {
    const root = path.join(repoRoot, 'packages', dir)
    if (!existsSync(path.join(root, 'package.json'))) continue
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    if (manifest.private !== true) packages.set(manifest.name, { dir: root, manifest })
  }
  return packages
}

/** Packs a package once (as `pnpm publish` would: workspace ranges become versions); its tarball path. */
function tarballOf(name, packages, destination) {
  const entry = packages.get(name)
  if (entry.tarball) return entry.tarball
  if (!existsSync(path.join(entry.dir, 'dist'))) throw new Error(`${name} is not built (run pnpm build)`)
  mkdirSync(destination, { recursive: true })
  const before = new Set(readdirSync(destination))
  run('pnpm', ['pack', '--pack-destination', destination], entry.dir)
  entry.tarball = path.join(
    destination,
    readdirSync(destination).find((file) => !before.has(file)),
  )
  return entry.tarball
}

/** The package and every workspace package it needs at run time (dependencies and required peers). */
function closure(name, packages, seen = new Set()) {
  if (seen.has(name)) return seen
  const entry = packages.get(name)
  if (entry === undefined) throw new Error(`${name} is not a published package of this repository`)
  seen.add(name)
  const { dependencies = {}, peerDependencies = {}, peerDependenciesMeta = {} } = entry.manifest
  const needed = [
    ...Object.keys(dependencies),
    ...Object.keys(peerDependencies).filter((peer) => peerDependenciesMeta[peer]?.optional !== true),
  ]
  for (const dependency of needed) if (packages.has(dependency)) closure(dependency, packages, seen)
  return seen
}

function measure(target, packages) {
  const [name, ...extras] = target.split('+')
  const project = path.join(work, `project-${name.replace(/\W/g, '_')}-${extras.length}`)
  mkdirSync(project)
  writeFileSync(path.join(project, 'package.json'), '{ "name": "install-size", "private": true }\n')
  const halo = [...closure(name, packages)]
  const tarballs = halo.map((dependency) => tarballOf(dependency, packages, path.join(work, 'tarballs')))
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs, ...extras],
    project,
  )
  const totals = sizeOf(path.join(project, 'node_modules'))
  const lock = JSON.parse(readFileSync(path.join(project, 'node_modules', '.package-lock.json'), 'utf8'))
  const installedPackages = Object.keys(lock.packages).filter((key) => key.startsWith('node_modules/'))
  return {
    target,
    bytes: totals.bytes,
    sourceMapBytes: totals.maps,
    declarationBytes: totals.declarations,
    javascriptBytes: totals.javascript,
    haloPackages: halo.length,
    otherPackages: installedPackages.filter((key) => !key.includes('node_modules/@halo/')).length,
  }
}

/** Bytes of every file under `dir` (apparent sizes, as `du -sb` counts file contents), and of some kinds. */
function sizeOf(dir) {
  const totals = { bytes: 0, maps: 0, declarations: 0, javascript: 0 }
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    const size = statSync(path.join(entry.parentPath, entry.name)).size
    totals.bytes += size
    if (entry.name.endsWith('.map')) totals.maps += size
    if (/\.d\.[cm]?ts$/.test(entry.name)) totals.declarations += size
    if (/\.[cm]?js$/.test(entry.name)) totals.javascript += size
  }
  return totals
}

function table(results) {
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`
  return [
    '| install | node_modules | of which JavaScript | of which .d.ts | of which source maps | @halo packages | other packages |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| \`${r.target}\` | ${mb(r.bytes)} | ${mb(r.javascriptBytes)} | ${mb(r.declarationBytes)} | ${mb(r.sourceMapBytes)} | ${r.haloPackages} | ${r.otherPackages} |`,
    ),
  ]
}

/** Replaces the measured table between the install-size markers of docs/PERFORMANCE.md. */
function writeSection(lines) {
  const file = path.join(repoRoot, 'docs/PERFORMANCE.md')
  const start = '<!-- install-size:start -->'
  const end = '<!-- install-size:end -->'
  const text = readFileSync(file, 'utf8')
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`docs/PERFORMANCE.md has no ${start} … ${end} section`)
  const measured = `${start}\n<!-- written by tools/consumer-matrix/measure-install.mjs --write on ${new Date().toISOString().slice(0, 10)} -->\n\n${lines.join('\n')}\n\n`
  writeFileSync(file, `${text.slice(0, from)}${measured}${text.slice(to)}`)
  console.error('docs/PERFORMANCE.md: install-size table rewritten')
}
