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

  /**
   * Calls a list operation without path parameters and answers its body unread, to be read as it
   * arrives (never held in memory whole, nor bound by the core's `maxResponseBytes`). The core's
   * stream reader (`streamRecordTexts`) refuses an HTML page where the list was due (a login page, a
   * proxy in front of /api), naming this call and its status.
   */
  async stream(
    operation: OperationDescriptor,
    query: Readonly<Record<string, unknown>>,
  ): Promise<ReadableStream<Uint8Array> | undefined> {
    if (operation.method !== 'GET' || operation.path.includes('{')) {
      throw new TypeError(
        `@halo/sync: ${operation.name} cannot be streamed (a GET without path parameters can)`,
      )
    }
    this.#count++
    return this.#core.get<ReadableStream<Uint8Array> | undefined>(operation.path, {
      query,
      responseType: 'stream',
      signal: this.#signal,
    })
  }
}
