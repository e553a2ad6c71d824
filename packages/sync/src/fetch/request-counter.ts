import type { HaloCore, OperationDescriptor, RequestOptions } from '@halo/core'

/** Calls list operations through the core and counts the calls (the API requests a sync spends). */
export class CountingRequester {
  #count = 0
  readonly #core: HaloCore
  readonly #signal: AbortSignal | undefined

  constructor(core: HaloCore, signal?: AbortSignal) {
    this.#core = core
    this.#signal = signal
  }

  get count(): number {
    return this.#count
  }

  request(operation: OperationDescriptor, query: Readonly<Record<string, unknown>>): Promise<unknown> {
    this.#count++
    const options: RequestOptions | undefined =
      this.#signal === undefined ? undefined : { signal: this.#signal }
    return this.#core.request(operation, query, options)
  }
}
