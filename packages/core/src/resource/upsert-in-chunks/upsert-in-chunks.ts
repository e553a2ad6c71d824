import { chunk } from '../chunk/chunk.js'
import { recordsFromPostResponse } from '../one-or-many/one-or-many.js'

/** Where a chunk sits in the caller's input list: `start` inclusive, `end` exclusive. */
export interface ChunkRange {
  start: number
  end: number
}

/** Posts one chunk; `range` says which inputs it holds. Halo may answer with one object or an array. */
export type PostChunk<TInput, TOutput> = (items: TInput[], range: ChunkRange) => Promise<TOutput | TOutput[]>

/** A chunk that did not go through. Its inputs have no record in `records`. */
export interface ChunkFailure<TInput> extends ChunkRange {
  items: TInput[]
  error: unknown
}

export interface UpsertInChunksOptions {
  /**
   * Stops posting further chunks once aborted; chunks not yet posted are reported as failures carrying
   * the abort reason, and chunks already done keep their records.
   */
  signal?: AbortSignal | undefined
  /**
   * Chunks posted at once (default 1: one after another). Each chunk is posted once, whatever the
   * others do; results keep input order however the answers arrive.
   */
  concurrency?: number | undefined
}

export interface UpsertInChunksResult<TInput, TOutput> {
  /** One entry per input, in input order: the record Halo returned, or `undefined` if its chunk failed. */
  records: Array<TOutput | undefined>
  /** Failed chunks in input order. Empty when everything went through. */
  failures: ChunkFailure<TInput>[]
  /** Count of inputs whose chunk succeeded. */
  succeeded: number
}

/** Halo's documented maximum page size; the same figure keeps POST bodies at a size Halo accepts. */
export const DEFAULT_UPSERT_CHUNK_SIZE = 100

/**
 * Posts `items` in chunks of `size` and maps the results back to the inputs, in input order.
 *
 * Up to `concurrency` chunks are in flight at once (one by default); the core's rate limiter still
 * decides when each goes out. A chunk is posted at most once. A failing chunk never throws away the
 * records of chunks that succeeded, nor stops the others: it is reported in `failures` with its index
 * range, and the caller decides whether to retry it (a retry of a chunk whose POST outcome is unknown
 * may duplicate records). Once `signal` is aborted no further chunk starts.
 */
export async function upsertInChunks<TInput, TOutput>(
  items: readonly TInput[],
  size: number,
  postChunk: PostChunk<TInput, TOutput>,
  options: UpsertInChunksOptions = {},
): Promise<UpsertInChunksResult<TInput, TOutput>> {
  const concurrency = options.concurrency ?? 1
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`upsertInChunks: concurrency must be a positive integer, got ${String(concurrency)}`)
  }
  const records: Array<TOutput | undefined> = new Array<TOutput | undefined>(items.length).fill(undefined)
  const parts = chunk(items, size)
  // One slot per chunk, so failures come out in input order whatever order they happen in.
  const failed: Array<ChunkFailure<TInput> | undefined> = new Array(parts.length).fill(undefined)
  let succeeded = 0
  let next = 0
  const postOne = async (index: number): Promise<void> => {
    const part = parts[index] as TInput[]
    const start = index * size
    const range: ChunkRange = { start, end: start + part.length }
    if (options.signal?.aborted) {
      failed[index] = { ...range, items: part, error: options.signal.reason }
      return
    }
    try {
      const output = recordsFromPostResponse(await postChunk(part, range), part.length)
      output.forEach((record, offset) => {
        records[range.start + offset] = record
      })
      succeeded += part.length
    } catch (error) {
      failed[index] = { ...range, items: part, error }
    }
  }
  const worker = async (): Promise<void> => {
    while (next < parts.length) await postOne(next++)
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, parts.length) }, worker))
  const failures = failed.filter((f): f is ChunkFailure<TInput> => f !== undefined)
  return { records, failures, succeeded }
}
