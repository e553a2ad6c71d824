/** One page of a list as Halo returned it. */
export interface HaloPage<T> {
  readonly records: T[]
  /** Halo's `record_count` (the total across pages), or `undefined` when the response had none. */
  readonly recordCount: number | undefined
  /** 1-based page number. */
  readonly pageNo: number
  /** The page size that was asked for. */
  readonly pageSize: number
}

/**
 * Every matching record of a list, fetched page after page.
 *
 * - `await list` gives `T[]` (never silently truncated; `limit` caps it);
 * - `for await (const record of list)` streams, holding a few pages in memory (the core requests
 *   up to `maxConcurrency` pages, at most 8, ahead of the reader once Halo's `record_count` says
 *   how many there are; breaking out aborts them);
 * - `list.pages()` yields each `HaloPage`.
 */
export interface HaloList<T> extends PromiseLike<T[]>, AsyncIterable<T> {
  pages(): AsyncIterableIterator<HaloPage<T>>
  /** Collects every record (same as awaiting the list). */
  toArray(): Promise<T[]>
  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T[] | R>
  finally(onFinally?: (() => void) | null): Promise<T[]>
}
