// The writer thread's side of the checkpointer thread (sqlite-checkpointer.ts): starts it, asks it for
// checkpoints as the writes go on (`CheckpointPacer`), and ends it.
import type { Worker } from 'node:worker_threads'
import { CheckpointPacer } from './checkpoint-pacer.js'
import type { CheckpointerData, CheckpointerReply, CheckpointerRequest } from './checkpointer-protocol.js'
import { startWorker } from './start-worker.js'
import type { WalCheckpoints } from './wal-checkpoints.js'

/** How long `stop` waits for the checkpointer to end its checkpoint and close before ending it. */
const STOP_WAIT_MS = 5_000

export class BackgroundCheckpoint implements WalCheckpoints {
  readonly #worker: Worker
  readonly #pacer: CheckpointPacer
  readonly #exited: Promise<void>
  #stopping = false
  #onLost: (() => void) | undefined

  private constructor(worker: Worker) {
    this.#worker = worker
    this.#pacer = new CheckpointPacer(() => this.#send('checkpoint'))
    this.#exited = new Promise((resolve) => worker.once('exit', () => resolve()))
    worker.on('message', (reply: CheckpointerReply) => {
      if (reply.event === 'checkpointed') this.#pacer.answered()
    })
    void this.#exited.then(() => {
      this.#pacer.stop()
      if (!this.#stopping) this.#onLost?.()
    })
  }

  /**
   * Starts the checkpointer on the file at `path` from `entry`; settles once its connection is open,
   * or rejects with why it could not start (the writer then checkpoints itself).
   */
  static start(path: string, entry: URL): Promise<BackgroundCheckpoint> {
    const data: CheckpointerData = { path }
    const worker = startWorker(entry, data)
    return new Promise((resolve, reject) => {
      const failed = (why: string) => {
        void worker.terminate()
        reject(new Error(`@halo/sync: the SQLite checkpointer thread for "${path}" could not start: ${why}`))
      }
      worker.once('error', (error: Error) => failed(error.message))
      worker.once('exit', (code: number) => failed(`it exited (code ${code})`))
      worker.once('message', (reply: CheckpointerReply) => {
        if (reply.event !== 'opened')
          return failed(reply.event === 'open-failed' ? reply.message : reply.event)
        worker.removeAllListeners('error')
        worker.removeAllListeners('exit')
        // Its errors end it, and its exit says so (`onLost`).
        worker.on('error', () => undefined)
        resolve(new BackgroundCheckpoint(worker))
      })
    })
  }

  /** `listener` is called if the checkpointer ends before `stop` (the writer then checkpoints itself). */
  onLost(listener: () => void): void {
    this.#onLost = listener
  }

  callStarted(): void {}

  callEnded(wrote: boolean): void {
    if (wrote) this.#pacer.wrote()
  }

  /** Lets a running checkpoint end, closes the checkpointer's connection and waits for the thread. */
  async stop(): Promise<void> {
    this.#stopping = true
    this.#pacer.stop()
    this.#send('close')
    const gaveUp = setTimeout(() => void this.#worker.terminate(), STOP_WAIT_MS)
    await this.#exited
    clearTimeout(gaveUp)
  }

  #send(request: CheckpointerRequest): void {
    this.#worker.postMessage(request)
  }
}
