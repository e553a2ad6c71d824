// What a consumer's `tsc` pays for @halo/client: a ~100-line program (bench/typecheck/consumer.ts)
// type-checked with `skipLibCheck` off, as a strict project that never set it would. Reports the
// declaration lines the compiler loaded (`--extendedDiagnostics`) and the CPU seconds it spent, next
// to a reference program with no package imported, measured in the same run.
//
// Usage: node --import tsx bench/src/typecheck-cost.ts [--rounds 3] [--before <checkout>] [--write]
//                                                     [--max-lines <n>]
//   --before measures the same program in another built checkout of the repository (say, a git worktree
//     of an earlier commit, built) in the same run, and reports the ratios;
//   --write replaces the "Consumer type-check" section of docs/PERFORMANCE.md;
//   --max-lines exits 1 when the consumer loads more declaration lines than that (the CI gate: a line
//     count does not depend on how busy the machine is, unlike the seconds).
// Needs the packages built (pnpm exec nx run-many -t build --projects=@halo/client).
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const here = path.dirname(fileURLToPath(import.meta.url))
const typecheckDir = path.resolve(here, '../typecheck')
const repoRoot = path.resolve(here, '../..')
const tscPath = createRequire(import.meta.url).resolve('typescript/bin/tsc')

interface Measurement {
  readonly files: number
  readonly libraryLines: number
  readonly definitionLines: number
  readonly checkSeconds: number
  readonly totalSeconds: number
  readonly cpuSeconds: number
}

function figure(output: string, label: string): number {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(output)
  if (!match?.[1]) throw new Error(`tsc --extendedDiagnostics printed no "${label}":\n${output}`)
  return Number(match[1])
}

function typecheck(project: string, dir = typecheckDir): Measurement {
  const result = spawnSync(
    process.execPath,
    [
      '--require',
      path.join(typecheckDir, 'cpu-at-exit.cjs'),
      tscPath,
      '-p',
      project,
      '--extendedDiagnostics',
    ],
    { encoding: 'utf8', cwd: dir, maxBuffer: 16 * 1024 * 1024 },
  )
  const output = `${result.stdout}${result.stderr}`
  if (result.status !== 0) throw new Error(`tsc -p ${project} failed (is every package built?):\n${output}`)
  return {
    files: figure(output, 'Files'),
    libraryLines: figure(output, 'Lines of Library'),
    definitionLines: figure(output, 'Lines of Definitions'),
    checkSeconds: figure(output, 'Check time'),
    totalSeconds: figure(output, 'Total time'),
    cpuSeconds: figure(output, 'CPU seconds'),
  }
}

/** The short commit id of a checkout, to say what "before" was. */
function commitOf(checkout: string): string {
  const result = spawnSync('git', ['-C', checkout, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : checkout
}

/** The round with the least CPU time: the one least disturbed by other work on the machine. */
function best(project: string, rounds: number, dir?: string): Measurement {
  const runs = Array.from({ length: rounds }, () => typecheck(project, dir))
  return runs.reduce((a, b) => (b.cpuSeconds < a.cpuSeconds ? b : a))
}

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    before: { type: 'string' },
    write: { type: 'boolean', default: false },
    'max-lines': { type: 'string' },
  },
})
const rounds = Math.max(1, Number(values.rounds))
const reference = best('tsconfig.reference.json', rounds)
const consumer = best('tsconfig.json', rounds)
// The earlier checkout type-checks this checkout's consumer program (copied there), so only the
// packages differ.
const beforeDir = values.before ? path.join(path.resolve(values.before), 'bench/typecheck') : undefined
if (beforeDir) {
  for (const file of ['consumer.ts', 'reference.ts', 'tsconfig.json', 'tsconfig.reference.json'])
    writeFileSync(path.join(beforeDir, file), readFileSync(path.join(typecheckDir, file)))
}
const before = beforeDir ? best('tsconfig.json', rounds, beforeDir) : undefined
const consumerLines = readFileSync(path.join(typecheckDir, 'consumer.ts'), 'utf8').split('\n').length

const n = (value: number) => value.toLocaleString('en')
const row = (name: string, m: Measurement) =>
  `| ${name} | ${m.files} | ${n(m.libraryLines)} | ${n(m.definitionLines)} | ${m.cpuSeconds.toFixed(2)} | ${m.checkSeconds.toFixed(2)} | ${m.totalSeconds.toFixed(2)} |`
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`
const table = [
  '| program | files | lines of library | lines of definitions | CPU s | check s (wall) | total s (wall) |',
  '|---|---:|---:|---:|---:|---:|---:|',
  row('reference (same options, no package imported)', reference),
  ...(before && values.before ? [row(`consumer, before (commit ${commitOf(values.before)})`, before)] : []),
  row(`consumer (${consumerLines} lines, @halo/client)`, consumer),
  '',
  `Best of ${rounds} round(s) each, measured in one run on ${new Date().toISOString().slice(0, 10)}. What the`,
  `packages cost is the consumer's CPU time beyond the reference's: ${(consumer.cpuSeconds - reference.cpuSeconds).toFixed(2)} s.`,
  ...(before
    ? [
        '',
        '| before → after | ratio |',
        '|---|---:|',
        `| declaration lines loaded (lines of definitions) | ${ratio(before.definitionLines, consumer.definitionLines)} fewer |`,
        `| all lines loaded (library + definitions) | ${ratio(before.definitionLines + before.libraryLines, consumer.definitionLines + consumer.libraryLines)} fewer |`,
        `| CPU seconds, whole type-check | ${ratio(before.cpuSeconds, consumer.cpuSeconds)} less |`,
        `| CPU seconds the packages cost (beyond the reference) | ${ratio(before.cpuSeconds - reference.cpuSeconds, consumer.cpuSeconds - reference.cpuSeconds)} less |`,
      ]
    : []),
]
console.log(table.join('\n'))

if (values.write) {
  const file = path.join(repoRoot, 'docs/PERFORMANCE.md')
  const start = '<!-- consumer-typecheck:start -->'
  const end = '<!-- consumer-typecheck:end -->'
  const text = readFileSync(file, 'utf8')
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`docs/PERFORMANCE.md has no ${start} … ${end} section`)
  const measured = `${start}\n<!-- written by bench/src/typecheck-cost.ts --write -->\n\n${table.join('\n')}\n`
  writeFileSync(file, `${text.slice(0, from)}${measured}${text.slice(to)}`)
  console.log('docs/PERFORMANCE.md: Consumer type-check section rewritten')
}

if (values['max-lines'] !== undefined) {
  const maxLines = Number(values['max-lines'])
  if (!Number.isInteger(maxLines) || maxLines <= 0) throw new Error(`--max-lines wants a positive integer`)
  const verdict = consumer.definitionLines <= maxLines ? 'ok  ' : 'FAIL'
  console.log(
    `${verdict} consumer type-check loads ${n(consumer.definitionLines)} declaration lines (gate ${n(maxLines)})`,
  )
  if (consumer.definitionLines > maxLines) {
    console.error(
      "The packages' declarations grew past the gate. Find what grew with `tsc --explainFiles` in " +
        'bench/typecheck; see the "Consumer type-check" section of docs/PERFORMANCE.md.',
    )
    process.exit(1)
  }
}
