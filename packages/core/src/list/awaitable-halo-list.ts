import type { HaloList, HaloPage } from './halo-list.js'

/**
 * What every `HaloList` does the same way: awaiting it (or `toArray()`) collects its records once and
 * answers that one array to every later await. A list supplies its pages, its record iterator and how to
 * collect; this class makes it awaitable.
 */
export abstract class AwaitableHaloList<T> implements HaloList<T> {
  #collected: Promise<T[]> | undefined

  abstract pages(): AsyncIterableIterator<HaloPage<T>>
  abstract [Symbol.asyncIterator](): AsyncIterator<T>
  /** Collects every record; called once, on the first await. */
  protected abstract collect(): Promise<T[]>

  get [Symbol.toStringTag](): string {
    return 'HaloList'
  }

  toArray(): Promise<T[]> {
    this.#collected ??= this.collect()
    return this.#collected
  }

  // biome-ignore lint/suspicious/noThenProperty: a HaloList is awaitable by design (await it for every record, or iterate it page by page)
  then<TResult1 = T[], TResult2 = never>(
    onFulfilled?: ((value: T[]) => TResult1 | PromiseLike<TResult1>) | null,
    onRejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): Promise<TResult1 | TResult2> {
    return this.toArray().then(onFulfilled, onRejected)
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T[] | R> {
    return this.toArray().catch(onRejected)
  }

  finally(onFinally?: (() => void) | null): Promise<T[]> {
    return this.toArray().finally(onFinally)
  }
}
