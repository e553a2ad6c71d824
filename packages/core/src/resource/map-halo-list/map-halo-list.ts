import type { HaloList, HaloPage } from '../../list/halo-list.js'

/**
 * A `HaloList` whose records are passed through `map` (resources use it to attach record helpers).
 *
 * It stays lazy and streaming: records are mapped as pages arrive, so `for await` still holds about one
 * page, and awaiting the mapped list twice maps once.
 */
export function mapHaloList<T, U>(list: HaloList<T>, map: (record: T) => U): HaloList<U> {
  return new MappedHaloList(list, map)
}

class MappedHaloList<T, U> implements HaloList<U> {
  readonly #source: HaloList<T>
  readonly #map: (record: T) => U
  #collected: Promise<U[]> | undefined

  constructor(source: HaloList<T>, map: (record: T) => U) {
    this.#source = source
    this.#map = map
  }

  get [Symbol.toStringTag](): string {
    return 'HaloList'
  }

  async *pages(): AsyncIterableIterator<HaloPage<U>> {
    for await (const page of this.#source.pages()) {
      yield { ...page, records: page.records.map(this.#map) }
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<U> {
    for await (const record of this.#source) yield this.#map(record)
  }

  toArray(): Promise<U[]> {
    this.#collected ??= this.#source.toArray().then((records) => records.map(this.#map))
    return this.#collected
  }

  // biome-ignore lint/suspicious/noThenProperty: a HaloList is awaitable by contract.
  then<R1 = U[], R2 = never>(
    onFulfilled?: ((value: U[]) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.toArray().then(onFulfilled, onRejected)
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<U[] | R> {
    return this.toArray().catch(onRejected)
  }

  finally(onFinally?: (() => void) | null): Promise<U[]> {
    return this.toArray().finally(onFinally)
  }
}
