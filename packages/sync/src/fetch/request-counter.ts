import {
  type HaloCore,
  HaloUnexpectedResponseError,
  type OperationDescriptor,
  type RequestOptions,
} from '@halo/core'
import { readBodyStart } from './html-page.js'

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
   * arrives (never held in memory whole, nor bound by the core's `maxResponseBytes`). An HTML page
   * where JSON was due (a login page, a proxy in front of /api) is refused here, told by its first
   * bytes as the core tells it for a body it reads (`readBodyStart`).
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
    const answer = await this.#core.get<ReadableStream<Uint8Array> | undefined>(operation.path, {
      query,
      responseType: 'stream',
      withResponse: true,
      signal: this.#signal,
    })
    if (answer.data === undefined) return undefined
    const { html, body } = await readBodyStart(answer.data)
    if (html) {
      await body.cancel().catch(() => {})
      throw new HaloUnexpectedResponseError(
        `Halo returned an HTML page (status ${answer.status}) where a list was due (GET ${operation.path}): ` +
          'check baseUrl: it should be the instance root, and nothing (a proxy, a login page) should sit in front of /api.',
        { status: answer.status, method: 'GET', url: operation.path },
      )
    }
    return body
  }
}
