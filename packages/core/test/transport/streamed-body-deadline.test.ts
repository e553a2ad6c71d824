// A streamed answer's body is handed to the caller, who reads it after the call has returned. The
// call's `timeoutMs` still bounds each wait for the next chunk while the caller is reading (a body
// that stalls mid-way fails instead of hanging), time the caller spends not reading never counts,
// and the caller's signal still ends the body.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { isHaloTimeoutError, type RawRequestOptions } from '../../src/index.js'
import { CANARY_SECRET, CANARY_TOKEN, stubCore, stubHalo } from '../hostile/support/stub-halo.js'

afterEach(() => vi.useRealTimers())

/** A body the test feeds by hand; like undici's, it errors when the request's signal aborts. */
function handFedBody(signal: AbortSignal | undefined) {
  let controller!: ReadableStreamDefaultController<Uint8Array>
  const state = { cancelled: false, cancelReason: undefined as unknown }
  const stream = new ReadableStream<Uint8Array>({
    start(own) {
      controller = own
      signal?.addEventListener('abort', () => own.error(signal.reason), { once: true })
    },
    cancel(reason) {
      state.cancelled = true
      state.cancelReason = reason
    },
  })
  return {
    stream,
    state,
    send: (...bytes: number[]) => controller.enqueue(new Uint8Array(bytes)),
    end: () => controller.close(),
  }
}

/**
 * A streamed download through a core (timeoutMs 1 s, no retries) whose API answers are hand-fed
 * streams: the caller's stream, and the body the test feeds.
 */
async function download(path: string, options: Omit<RawRequestOptions, 'responseType'> = {}) {
  const bodies: ReturnType<typeof handFedBody>[] = []
  const stub = stubHalo((_request, signal) => {
    const body = handFedBody(signal)
    bodies.push(body)
    return new Response(body.stream, { headers: { 'content-type': 'application/pdf' } })
  })
  const core = stubCore(stub, { timeoutMs: 1_000, retry: false })
  const stream = await core.get<ReadableStream<Uint8Array>>(path, { ...options, responseType: 'stream' })
  const body = bodies[0]
  if (body === undefined) throw new Error('no request reached the stub')
  return { stream, body }
}

describe('a streamed body under the call timeout', () => {
  it('fails a read that waits timeoutMs for the next chunk, not a millisecond sooner, and cancels the body', async () => {
    vi.useFakeTimers()
    const query = { search: CANARY_SECRET }
    const { stream, body } = await download('/Attachment/7', { query })
    const reader = stream.getReader()
    body.send(1, 2, 3)
    expect((await reader.read()).value).toEqual(new Uint8Array([1, 2, 3]))
    let outcome: unknown = 'pending'
    reader.read().then(
      () => {
        outcome = 'read'
      },
      (thrown: unknown) => {
        outcome = thrown
      },
    )
    await vi.advanceTimersByTimeAsync(999)
    expect(outcome).toBe('pending')
    await vi.advanceTimersByTimeAsync(1)
    const error = outcome
    expect(isHaloTimeoutError(error)).toBe(true)
    const message = (error as Error).message
    expect(message).toContain('GET /api/Attachment/7')
    expect(message).toContain('stalled mid-body')
    expect(message).toContain('after 3 bytes')
    expect(message).toContain('1000 ms')
    expect(message).toMatch(/timeoutMs/)
    expect(message).not.toContain(CANARY_SECRET)
    expect(message).not.toContain(CANARY_TOKEN)
    expect(JSON.stringify(error)).not.toContain(CANARY_SECRET)
    expect((error as { requestId?: string }).requestId).toMatch(/^req_/)
    expect(body.state.cancelled).toBe(true)
    // The stream stays failed: the next read says the same.
    await expect(reader.read()).rejects.toBe(error)
  })

  it('counts only the time a read waits: a consumer pausing longer than timeoutMs between reads is fine', async () => {
    vi.useFakeTimers()
    const { stream, body } = await download('/Attachment/8')
    // Nobody reads for five timeouts: the caller is busy (backpressure), the body waits.
    await vi.advanceTimersByTimeAsync(5_000)
    const reader = stream.getReader()
    const first = reader.read()
    await vi.advanceTimersByTimeAsync(900)
    body.send(1)
    expect((await first).value).toEqual(new Uint8Array([1]))
    // A slow consumer: each pause is longer than the timeout; each wait on a read is shorter.
    for (let chunk = 2; chunk <= 4; chunk++) {
      await vi.advanceTimersByTimeAsync(3_000)
      const read = reader.read()
      await vi.advanceTimersByTimeAsync(999)
      body.send(chunk)
      expect((await read).value).toEqual(new Uint8Array([chunk]))
    }
    const last = reader.read()
    body.end()
    expect((await last).done).toBe(true)
    expect(body.state.cancelled).toBe(false)
    // Nothing is left behind: no timer waits to fire on a finished body.
    expect(vi.getTimerCount()).toBe(0)
  })

  it("ends a body mid-read when the caller's signal aborts, with the caller's reason", async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const { stream, body } = await download('/Attachment/9', { signal: controller.signal })
    const reader = stream.getReader()
    body.send(1)
    await reader.read()
    const pending = reader.read()
    pending.catch(() => {})
    await vi.advanceTimersByTimeAsync(500)
    const reason = new Error('the user closed the download')
    controller.abort(reason)
    await expect(pending).rejects.toBe(reason)
    expect(body.state.cancelled).toBe(true)
  })

  it("ends a body mid-read on the caller's signal under a whole-call deadlineMs too", async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const { stream, body } = await download('/Attachment/10', {
      signal: controller.signal,
      deadlineMs: 60_000,
    })
    const reader = stream.getReader()
    const pending = reader.read()
    pending.catch(() => {})
    controller.abort(new Error('stop'))
    await expect(pending).rejects.toThrow('stop')
    expect(body.state.cancelled).toBe(true)
  })

  it('cancels the source body when the consumer cancels, and leaves no timer behind', async () => {
    vi.useFakeTimers()
    const { stream, body } = await download('/Attachment/11')
    // Timers of the call's own (the token request's shared deadline) may still be pending.
    const before = vi.getTimerCount()
    const reader = stream.getReader()
    const pending = reader.read()
    await vi.advanceTimersByTimeAsync(0)
    expect(vi.getTimerCount()).toBe(before + 1)
    await reader.cancel('enough')
    expect((await pending).done).toBe(true)
    expect(body.state.cancelled).toBe(true)
    expect(body.state.cancelReason).toBe('enough')
    expect(vi.getTimerCount()).toBe(before)
  })

  it('reads a whole body through Response, as a caller would', async () => {
    vi.useFakeTimers()
    const { stream, body } = await download('/Attachment/12')
    const bytes = new Response(stream).arrayBuffer()
    body.send(1, 2)
    await vi.advanceTimersByTimeAsync(999)
    body.send(3)
    body.end()
    expect(new Uint8Array(await bytes)).toEqual(new Uint8Array([1, 2, 3]))
  })
})
