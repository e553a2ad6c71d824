/** A value cut to fit a size, and what was cut. */
export interface CappedValue {
  readonly value: unknown
  /** Says what was left out and how to ask for it; absent when nothing was. */
  readonly note: string | undefined
}

function size(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0
}

/** The largest prefix of `items` whose JSON (inside `wrap`) fits in `maxChars`, by binary search. */
function fittingCount(
  items: readonly unknown[],
  maxChars: number,
  wrap: (kept: unknown[]) => unknown,
): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (size(wrap(items.slice(0, middle))) <= maxChars) low = middle
    else high = middle - 1
  }
  return low
}

function capRecords(value: { records: unknown[] } & Record<string, unknown>, maxChars: number): CappedValue {
  const records = value.records
  const kept = fittingCount(records, maxChars, (items) => ({ ...value, records: items }))
  const page = typeof value.page === 'number' ? value.page : undefined
  const pageAdvice =
    page === undefined
      ? 'narrow the request'
      : `ask for fewer at a time (page_size: ${Math.max(1, kept)}) or fewer fields`
  return {
    value: { ...value, records: records.slice(0, kept) },
    note:
      `Output capped at ${maxChars} characters: ${kept} of the ${records.length} records fetched are shown. ` +
      `To see the rest, ${pageAdvice}.`,
  }
}

function capObject(value: Record<string, unknown>, maxChars: number): CappedValue {
  // Drop the largest fields first: one long HTML body or custom-field list is usually the culprit.
  const bySize = Object.keys(value).sort((a, b) => size(value[b]) - size(value[a]))
  const kept: Record<string, unknown> = { ...value }
  const omitted: string[] = []
  for (const key of bySize) {
    if (size(kept) <= maxChars) break
    delete kept[key]
    omitted.push(key)
  }
  return {
    value: kept,
    note:
      `Output capped at ${maxChars} characters: the largest fields were left out (${omitted.join(', ')}). ` +
      'Ask for them alone with the fields parameter.',
  }
}

/**
 * Cuts a tool's answer to at most `maxChars` characters of JSON, keeping it valid: a page keeps its
 * first records, an object drops its largest fields, a long array keeps its first items, a long
 * string is cut. The note says which, and how to get the rest.
 */
export function capValue(value: unknown, maxChars: number): CappedValue {
  if (size(value) <= maxChars) return { value, note: undefined }
  if (Array.isArray(value)) {
    const kept = fittingCount(value, maxChars, (items) => items)
    return {
      value: value.slice(0, kept),
      note: `Output capped at ${maxChars} characters: ${kept} of ${value.length} items are shown. Narrow the request for the rest.`,
    }
  }
  if (typeof value === 'string') {
    return {
      value: value.slice(0, maxChars),
      note: `Output capped at ${maxChars} characters of ${value.length}.`,
    }
  }
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>
    if (Array.isArray(record.records))
      return capRecords(record as { records: unknown[] } & Record<string, unknown>, maxChars)
    return capObject(record, maxChars)
  }
  return { value, note: undefined }
}
