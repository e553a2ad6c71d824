// Huge and endless bodies: a cap on what is read into memory (maxResponseBytes), ending in a
// HaloError with memory bounded; a stream answer is exempt.
import { describe, expect, it } from 'vitest'
import { isHaloError, isHaloUnexpectedResponseError } from '../../src/index.js'
import { stubCore, stubHalo } from './support/stub-halo.js'

const CHUNK = new Uint8Array(64 * 1024).fill(0x20)

/** A body of `chunks` chunks (endless when Infinity), counting how many were pulled. */
function countedBody(chunks: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) controller.close()
      else {
        pulled += 1
        controller.enqueue(CHUNK)
      }
    },
  })
  return { stream, pulled: () => pulled }
}

describe('maxResponseBytes', () => {
  it('an endless body ends in HaloUnexpectedResponseError naming the option, having read little more than the cap', async () => {
    const body = countedBody(Number.POSITIVE_INFINITY)
    const stub = stubHalo(
      () => new Response(body.stream, { headers: { 'content-type': 'application/json' } }),
    )
    const error = await stubCore(stub, { maxResponseBytes: 1024 * 1024 })
      .get('/Tickets')
      .catch((caught: unknown) => caught)
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toMatch(/maxResponseBytes/)
    expect(body.pulled() * CHUNK.byteLength).toBeLessThanOrEqual(1024 * 1024 + 2 * CHUNK.byteLength)
    expect(stub.requests).toHaveLength(1)
  })

  it('a Content-Length over the cap is refused without reading the body', async () => {
    const body = countedBody(100)
    const stub = stubHalo(
      () =>
        new Response(body.stream, {
          headers: { 'content-type': 'application/json', 'content-length': String(100 * CHUNK.byteLength) },
        }),
    )
    const error = await stubCore(stub, { maxResponseBytes: 1024 })
      .get('/Tickets')
      .catch((caught: unknown) => caught)
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect(body.pulled()).toBeLessThanOrEqual(1)
  })

  it('an error status with a huge body also ends in a HaloError', async () => {
    const body = countedBody(Number.POSITIVE_INFINITY)
    const stub = stubHalo(() => new Response(body.stream, { status: 500 }))
    const error = await stubCore(stub, { maxResponseBytes: 256 * 1024, retry: false })
      .get('/Tickets')
      .catch((caught: unknown) => caught)
    expect(isHaloError(error)).toBe(true)
  })

  it('a body within the cap is read, and a stream answer is exempt', async () => {
    const stub = stubHalo(
      () => new Response(countedBody(32).stream, { headers: { 'content-type': 'text/plain' } }),
    )
    const core = stubCore(stub, { maxResponseBytes: 64 * 1024 })
    const stream = await core.get<ReadableStream<Uint8Array>>('/Attachment/1', { responseType: 'stream' })
    let length = 0
    for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) length += chunk.byteLength
    expect(length).toBe(32 * CHUNK.byteLength)
    const small = stubHalo(() => Response.json({ ok: true }))
    await expect(stubCore(small, { maxResponseBytes: 1024 }).get('/Tickets')).resolves.toEqual({ ok: true })
  })

  it('refuses a maxResponseBytes that is not a positive whole number', () => {
    expect(() =>
      stubCore(
        stubHalo(() => Response.json({})),
        { maxResponseBytes: 0 },
      ),
    ).toThrow(/maxResponseBytes/)
  })
})
