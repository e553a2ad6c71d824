// What a consumer's `tsc` pays for @halo/client: a ~100-line program (bench/typecheck/consumer.ts)
// type-checked with `skipLibCheck` off, as a strict project that never set it would. Reports the
// declaration lines the compiler loaded (`--extendedDiagnostics`) and the CPU seconds it spent, next
// to a reference program with no package imported, measured in the same run.
//
// Usage: node --import tsx bench/src/typecheck-cost.ts [--rounds 3] [--write]
//   --write replaces the "Consumer type-check" section of docs/PERFORMANCE.md.
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

function typecheck(project: string): Measurement {
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
    { encoding: 'utf8', cwd: typecheckDir, maxBuffer: 16 * 1024 * 1024 },
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

/** The round with the least CPU time: the one least disturbed by other work on the machine. */
function best(project: string, rounds: number): Measurement {
  const runs = Array.from({ length: rounds }, () => typecheck(project))
  return runs.reduce((a, b) => (b.cpuSeconds < a.cpuSeconds ? b : a))
}

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, write: { type: 'boolean', default: false } },
})
const rounds = Math.max(1, Number(values.rounds))
const reference = best('tsconfig.reference.json', rounds)
const consumer = best('tsconfig.json', rounds)
const consumerLines = readFileSync(path.join(typecheckDir, 'consumer.ts'), 'utf8').split('\n').length

const n = (value: number) => value.toLocaleString('en')
const table = [
  '| program | files | lines of library | lines of definitions | CPU s | check s (wall) | total s (wall) |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...[
    ['reference (no package imported)', reference],
    [`consumer (${consumerLines} lines, @halo/client)`, consumer],
  ].map(
    ([name, m]) =>
      `| ${name} | ${(m as Measurement).files} | ${n((m as Measurement).libraryLines)} | ${n((m as Measurement).definitionLines)} | ${(m as Measurement).cpuSeconds.toFixed(2)} | ${(m as Measurement).checkSeconds.toFixed(2)} | ${(m as Measurement).totalSeconds.toFixed(2)} |`,
  ),
  '',
  `The consumer costs ${(consumer.cpuSeconds / reference.cpuSeconds).toFixed(1)}x the reference's CPU time and loads ${n(consumer.definitionLines - reference.definitionLines)} more declaration lines (best of ${rounds} rounds each, on ${new Date().toISOString().slice(0, 10)}).`,
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
