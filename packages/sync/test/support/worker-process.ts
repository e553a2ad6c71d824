import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'
import type { SyncProgress, SyncResult } from '../../src/index.js'
import type { WorkerConfig } from './sync-worker.js'

const workerScript = fileURLToPath(new URL('./sync-worker.ts', import.meta.url))

export type WorkerLine =
  | ({ event: 'progress'; at: number; pid: number } & SyncProgress)
  | { event: 'done'; results: SyncResult[] }

/** A sync worker in its own Node process (TypeScript run by tsx). */
export class SyncWorker {
  readonly child: ChildProcess
  readonly lines: WorkerLine[] = []
  #stderr = ''
  readonly exited: Promise<number | null>

  constructor(config: WorkerConfig) {
    this.child = spawn(process.execPath, ['--import', 'tsx', workerScript, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let buffered = ''
    this.child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      for (let at = buffered.indexOf('\n'); at >= 0; at = buffered.indexOf('\n')) {
        const line = buffered.slice(0, at)
        buffered = buffered.slice(at + 1)
        if (line.startsWith('{')) this.lines.push(JSON.parse(line) as WorkerLine)
      }
    })
    this.child.stderr?.on('data', (chunk: Buffer) => (this.#stderr += chunk.toString()))
    this.exited = once(this.child, 'exit').then(([code]) => code as number | null)
  }

  /** The results, once the worker exits cleanly; throws with its stderr otherwise. */
  async results(): Promise<SyncResult[]> {
    const code = await this.exited
    const done = this.lines.find((l) => l.event === 'done')
    if (code !== 0 || done === undefined || done.event !== 'done') {
      throw new Error(`sync worker exited ${code}: ${this.#stderr.slice(-2000)}`)
    }
    return done.results
  }

  /** kill -9: no cleanup of any kind runs in the worker. */
  async kill(): Promise<void> {
    this.child.kill('SIGKILL')
    await this.exited
  }
}
