/**
 * Posts a batch to Halo. Halo answers one posted object with a single object and several with an
 * array (docs/halo-api.md, "Request conventions"), so the callback may return either.
 */
export type PostBatch<TInput, TOutput> = (items: TInput[]) => Promise<TOutput | TOutput[]>

/**
 * Normalises Halo's POST answer to one record per posted item.
 *
 * Throws when the count differs: the caller maps outputs back to inputs by position, and a silent
 * mismatch would pair a record with the wrong input.
 */
export function recordsFromPostResponse<TOutput>(response: TOutput | TOutput[], posted: number): TOutput[] {
  const records = Array.isArray(response) ? response : [response]
  if (records.length !== posted) {
    throw new Error(
      `Halo answered a POST of ${posted} record(s) with ${records.length}; cannot match results to inputs by position.`,
    )
  }
  return records
}

/**
 * `create(data)` / `create([...])` in one function: always POSTs an array (as Halo expects), returns one
 * record for one input and an array for an array. An empty array returns `[]` without a request.
 */
export function oneOrMany<TInput, TOutput>(
  input: readonly TInput[],
  post: PostBatch<TInput, TOutput>,
): Promise<TOutput[]>
export function oneOrMany<TInput, TOutput>(input: TInput, post: PostBatch<TInput, TOutput>): Promise<TOutput>
export async function oneOrMany<TInput, TOutput>(
  input: TInput | readonly TInput[],
  post: PostBatch<TInput, TOutput>,
): Promise<TOutput | TOutput[]> {
  if (isReadonlyArray(input)) {
    if (input.length === 0) return []
    return recordsFromPostResponse(await post([...input]), input.length)
  }
  const [record] = recordsFromPostResponse(await post([input]), 1) as [TOutput]
  return record
}

// Array.isArray narrows `readonly T[]` poorly (it yields `any[]`); this keeps the element type.
function isReadonlyArray<T>(value: T | readonly T[]): value is readonly T[] {
  return Array.isArray(value)
}
