// Helpers shared by the benchmarks: one place decides how a tinybench run is configured and how a
// result is turned into the numbers the report prints.
import os from 'node:os'
import { Bench, type Task } from 'tinybench'

/** How long each task runs. Long enough to smooth a shared 2-core machine; overridable for a quick run. */
export const BENCH_TIME_MS = Number(process.env.BENCH_TIME_MS ?? 1500)
export const BENCH_WARMUP_MS = Number(process.env.BENCH_WARMUP_MS ?? 500)

export function createBench(name: string): Bench {
  return new Bench({ name, time: BENCH_TIME_MS, warmupTime: BENCH_WARMUP_MS, throws: true })
}

export interface TaskFigures {
  readonly name: string
  /** Mean latency in microseconds. */
  readonly meanUs: number
  /** Median latency in microseconds. */
  readonly p50Us: number
  readonly p99Us: number
  readonly opsPerSecond: number
  readonly samples: number
  readonly rmePercent: number
}

export function figuresOf(task: Task): TaskFigures {
  const result = task.result
  if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`)
  return {
    name: task.name,
    meanUs: result.latency.mean * 1000,
    p50Us: result.latency.p50 * 1000,
    p99Us: result.latency.p99 * 1000,
    opsPerSecond: result.throughput.mean,
    samples: result.latency.samplesCount,
    rmePercent: result.latency.rme,
  }
}

/**
 * Runs the tasks in interleaved rounds (A B C, A B C, …) and keeps each task's best-median round.
 * On a shared machine a neighbour's build can slow one whole task; interleaving spreads that noise
 * over every task, so the ratios between them stay honest.
 */
export async function runInterleaved(
  name: string,
  tasks: ReadonlyArray<readonly [string, () => unknown | Promise<unknown>]>,
  rounds = Number(process.env.BENCH_ROUNDS ?? 3),
): Promise<TaskFigures[]> {
  const best = new Map<string, TaskFigures>()
  for (let round = 0; round < rounds; round++) {
    const bench = createBench(`${name} #${round + 1}`)
    for (const [taskName, fn] of tasks) bench.add(taskName, fn)
    await bench.run()
    for (const task of bench.tasks) {
      const figures = figuresOf(task)
      const previous = best.get(task.name)
      if (previous === undefined || figures.p50Us < previous.p50Us) best.set(task.name, figures)
    }
  }
  return tasks.map(([taskName]) => {
    const figures = best.get(taskName)
    if (figures === undefined) throw new Error(`no result for ${taskName}`)
    return figures
  })
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

export function machineInfo(): Record<string, string> {
  const cpus = os.cpus()
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    'load average at start': os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' / '),
  }
}

/** A benchmark script prints one JSON line prefixed with this marker; run-all reads it. */
export const RESULT_MARKER = '@@BENCH_RESULT@@'

export function emitResult(result: unknown): void {
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(result)}\n`)
}
