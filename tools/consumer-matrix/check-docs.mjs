#!/usr/bin/env node
// API docs gate: typedoc (root typedoc.json) over the main entry points must run without a single
// warning (broken {@link}s, types referenced but not exported, TSDoc syntax). Emits nothing;
// `pnpm docs` builds the HTML into docs/api.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const typedoc = path.join(repoRoot, 'node_modules/typedoc/bin/typedoc')
const mainEntryPoints = ['packages/core', 'packages/client', 'packages/tickets']
const args = [typedoc, '--options', 'typedoc.json', '--emit', 'none', '--treatWarningsAsErrors']
for (const entry of mainEntryPoints) args.push('--entryPoints', entry)
const result = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', timeout: 600_000 })
const output = `${result.stdout}${result.stderr}`
process.stdout.write(output)
if (result.status !== 0) {
  console.error(`typedoc reported problems for ${mainEntryPoints.join(', ')} (exit ${result.status})`)
  process.exit(1)
}
console.log(`typedoc: ${mainEntryPoints.join(', ')} documented without warnings`)
