/**
 * Splits a list into consecutive slices of at most `size` items (the last may be shorter).
 * Halo takes at most a hundred or so records per POST, so batch helpers post it in chunks.
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`chunk: size must be a positive integer, got ${String(size)}`)
  }
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size))
  }
  return chunks
}
