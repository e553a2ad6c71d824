// The messages between the SQLite writer thread and its checkpointer thread (sqlite-checkpointer.ts).
// The writer asks for a checkpoint and waits for its answer before asking again; `close` ends the
// checkpointer.

/** What the checkpointer is started with (`workerData`). */
export interface CheckpointerData {
  readonly path: string
}

export type CheckpointerRequest = 'checkpoint' | 'close'

export type CheckpointerReply =
  /** The connection is open: checkpoints can be asked for. */
  | { readonly event: 'opened' }
  /** The connection could not be opened (the thread then ends). */
  | { readonly event: 'open-failed'; readonly message: string }
  /** A checkpoint ran (`copied`: false when SQLite failed it; the next one is asked for as usual). */
  | { readonly event: 'checkpointed'; readonly copied: boolean }
