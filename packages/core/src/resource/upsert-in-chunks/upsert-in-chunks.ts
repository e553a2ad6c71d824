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
 * Posts `items` in chunks of `size`, one chunk after another, and maps the results back to the inputs.
 *
 * Chunks run sequentially on purpose: they share one token and one rate limiter, and a failure in the
 * middle leaves a clear picture of which records exist. A failing chunk never throws away the records of
 * chunks that succeeded: it is reported in `failures` with its index range, and the caller decides
 * whether to retry it (a retry of a chunk whose POST outcome is unknown may duplicate records).
 */
export async function upsertInChunks<TInput, TOutput>(
  items: readonly TInput[],
  size: number,
  postChunk: PostChunk<TInput, TOutput>,
  options: UpsertInChunksOptions = {},
): Promise<UpsertInChunksResult<TInput, TOutput>> {
  const records: Array<TOutput | undefined> = new Array<TOutput | undefined>(items.length).fill(undefined)
  const failures: ChunkFailure<TInput>[] = []
  let succeeded = 0
  let start = 0
  for (const part of chunk(items, size)) {
    const range: ChunkRange = { start, end: start + part.length }
    start = range.end
    if (options.signal?.aborted) {
      failures.push({ ...range, items: part, error: options.signal.reason })
      continue
    }
    try {
      const output = recordsFromPostResponse(await postChunk(part, range), part.length)
      output.forEach((record, offset) => {
        records[range.start + offset] = record
      })
      succeeded += part.length
    } catch (error) {
      failures.push({ ...range, items: part, error })
    }
  }
  return { records, failures, succeeded }
}
