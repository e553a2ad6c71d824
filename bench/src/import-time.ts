// Import time: a fresh `node` process importing one module, repeated, median taken. The baseline is
// an empty `node -e` (process start-up), subtracted from each figure; ofetch is the yardstick.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { emitResult, median } from './shared.js'

const RUNS = Number(process.env.BENCH_IMPORT_RUNS ?? 15)

export interface ImportTimeResult {
  readonly runs: number
  readonly baselineMs: number
  readonly modules: ReadonlyArray<{
    readonly name: string
    readonly medianMs: number
    readonly aboveBaselineMs: number
  }>
}

function timeRun(code: string): number {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { stdio: 'pipe' })
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0) throw new Error(`import failed: ${code}\n${result.stderr}`)
  return elapsed
}

export async function runImportTimeBench(): Promise<ImportTimeResult> {
  const require = createRequire(import.meta.url)
  // Resolved to files here, so the child processes import exactly the built ESM entry points.
  const entry = (name: string): string => {
    const resolved = import.meta.resolve(name)
    return resolved.startsWith('file:') ? resolved : pathToFileURL(require.resolve(name)).href
  }
  const modules: Array<[string, string]> = [
    ['ofetch', entry('ofetch')],
    ['@halo/core', entry('@halo/core')],
    ['@halo/tickets', entry('@halo/tickets')],
    ['@halo/client', entry('@halo/client')],
  ]
  const samples = new Map<string, number[]>([
    ['(empty)', []],
    ...modules.map(([name]) => [name, []] as [string, number[]]),
  ])
  // Interleaved: a neighbour's burst of work slows every module a little rather than one a lot.
  for (let run = 0; run < RUNS; run++) {
    samples.get('(empty)')?.push(timeRun('void 0'))
    for (const [name, url] of modules)
      samples.get(name)?.push(timeRun(`await import(${JSON.stringify(url)})`))
  }
  const baselineMs = median(samples.get('(empty)') ?? [])
  return {
    runs: RUNS,
    baselineMs,
    modules: modules.map(([name]) => {
      const medianMs = median(samples.get(name) ?? [])
      return { name, medianMs, aboveBaselineMs: medianMs - baselineMs }
    }),
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await runImportTimeBench()
  emitResult(result)
  console.log(result)
}
