// Keys an index has not seen change yet. They are applied once the writes that changed them are
// done (in a microtask, so a request writing a hundred records applies them together, and a record
// written twice in one request is looked at once), and by any search before it reads: a write pays
// for keeping the index current, as it does in a database, not the next search.

export class PendingKeys {
  readonly #keys = new Set<number>()
  #queued = false

  /** `apply` answers false when the index is not there to take the keys yet: they wait for the next flush. */
  constructor(private readonly apply: (keys: ReadonlySet<number>) => boolean) {}

  add(key: number): void {
    this.#keys.add(key)
    if (this.#queued) return
    this.#queued = true
    queueMicrotask(() => {
      this.#queued = false
      this.flush()
    })
  }

  /** Applies every pending key now. */
  flush(): void {
    if (this.#keys.size > 0 && this.apply(this.#keys)) this.#keys.clear()
  }
}
