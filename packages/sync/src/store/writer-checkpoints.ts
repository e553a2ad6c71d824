// Who checkpoints the SQLite writer thread's write-ahead log: the writer itself at first
// (`IdleCheckpoint`, with SQLite's automatic checkpoint bounding the log), then the checkpointer
// thread once it has opened the file (`BackgroundCheckpoint`), and the writer again if that thread
// stops.
import { BackgroundCheckpoint } from './background-checkpoint.js'
import { IdleCheckpoint } from './idle-checkpoint.js'
import type { SqliteMirror } from './sqlite-mirror.js'
import type { WalCheckpoints } from './wal-checkpoints.js'

/** SQLite's own default for the log size (pages) at which a commit checkpoints it. */
const AUTO_CHECKPOINT_PAGES = 1_000
/**
 * The log size at which a commit checkpoints it while the checkpointer thread runs: a bound in case
 * that thread falls behind, far above what it lets the log reach.
 */
const BACKSTOP_CHECKPOINT_PAGES = 10_000

/** Who checkpoints the log: the writer at first, the checkpointer thread once it is up. */
export class WriterCheckpoints {
  #current: WalCheckpoints
  #closing = false

  constructor(private readonly mirror: SqliteMirror) {
    this.#current = this.#inWriter()
  }

  get current(): WalCheckpoints {
    return this.#current
  }

  /** Hands checkpoints to a checkpointer thread, if one starts; else keeps them here. */
  async moveToBackground(path: string, entry: URL): Promise<void> {
    let background: BackgroundCheckpoint
    try {
      background = await BackgroundCheckpoint.start(path, entry)
    } catch {
      return
    }
    if (this.#closing) return background.stop()
    await this.#current.stop()
    this.mirror.setAutoCheckpoint(BACKSTOP_CHECKPOINT_PAGES)
    background.onLost(() => {
      if (this.#closing) return
      this.mirror.setAutoCheckpoint(AUTO_CHECKPOINT_PAGES)
      this.#current = this.#inWriter()
      // The lost thread may have left writes uncopied: the writer copies them once quiet.
      this.#current.callEnded(true)
    })
    this.#current = background
    // What was written before the move is owed a checkpoint the stopped one will not run.
    background.callEnded(true)
  }

  /** Stops whichever checkpoints, before the database closes. */
  async close(moving: Promise<void>): Promise<void> {
    this.#closing = true
    await this.#current.stop()
    await moving
  }

  #inWriter(): WalCheckpoints {
    return new IdleCheckpoint(() => this.mirror.checkpoint())
  }
}
