/**
 * How the writer thread gets its write-ahead log copied into the database file: told of each call
 * it runs, and stopped before the database closes. `IdleCheckpoint` checkpoints in the writer once
 * it is quiet; `BackgroundCheckpoint` has the checkpointer thread do it while writes go on.
 */
export interface WalCheckpoints {
  /** A call arrived. */
  callStarted(): void
  /** A call was answered; `wrote`: it changed the database. */
  callEnded(wrote: boolean): void
  /** Checkpoints no more; settles once nothing of them is left running. */
  stop(): void | Promise<void>
}
