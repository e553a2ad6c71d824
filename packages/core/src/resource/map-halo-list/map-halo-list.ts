import { AwaitableHaloList } from '../../list/awaitable-halo-list.js'
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

class MappedHaloList<T, U> extends AwaitableHaloList<U> {
  readonly #source: HaloList<T>
  readonly #map: (record: T) => U

  constructor(source: HaloList<T>, map: (record: T) => U) {
    super()
    this.#source = source
    this.#map = map
  }

  async *pages(): AsyncIterableIterator<HaloPage<U>> {
    for await (const page of this.#source.pages()) {
      yield { ...page, records: page.records.map(this.#map) }
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<U> {
    for await (const record of this.#source) yield this.#map(record)
  }

  protected async collect(): Promise<U[]> {
    return (await this.#source.toArray()).map(this.#map)
  }
}
