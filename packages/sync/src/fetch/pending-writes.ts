/**
 * Writes started but not awaited, so a reader can ask for its next page while earlier pages are
 * still being written; bounded, so no more than a few pages wait in memory. The first failure
 * is thrown at the next `atMost` or `drain`, and stops the reader there.
 */
export class PendingWrites {
  #pending: Promise<void>[] = []
  #failure: { readonly error: unknown } | undefined

  add(write: Promise<void>): void {
    this.#pending.push(
      write.catch((error: unknown) => {
        this.#failure ??= { error }
      }),
    )
  }

  /** Waits until at most `count` writes are pending (oldest first). */
  async atMost(count: number): Promise<void> {
    this.#throwIfFailed()
    while (this.#pending.length > count) {
      await this.#pending.shift()
      this.#throwIfFailed()
    }
  }

  /**
   * Runs `read`, which adds writes as it goes; ends once every write started has ended (even when
   * the read fails), then throws the read's failure, else the first write's.
   */
  async during(read: () => Promise<void>): Promise<void> {
    try {
      await read()
    } finally {
      await this.settled()
    }
    this.#throwIfFailed()
  }

  /** Waits for every pending write, then throws the first failure if there was one. */
  async drain(): Promise<void> {
    await this.settled()
    this.#throwIfFailed()
  }

  /** Waits for every pending write, failed or not. */
  async settled(): Promise<void> {
    while (this.#pending.length > 0) await this.#pending.shift()
  }

  #throwIfFailed(): void {
    if (this.#failure !== undefined) throw this.#failure.error
  }
}
