/**
 * A cheap fingerprint of a page: its length and the identity of its first and last records (the
 * `id` when there is one, else the whole record). Two consecutive pages with the same fingerprint
 * mean the server ignored `page_no` and answered the same page again; records shifting by one
 * while paging (an insert or delete) change the fingerprint, so they are not mistaken for it.
 */
export function pageIdentity(records: readonly unknown[]): string {
  return `${records.length}:${recordIdentity(records[0])}:${recordIdentity(records[records.length - 1])}`
}

function recordIdentity(record: unknown): string {
  if (typeof record === 'object' && record !== null && 'id' in record) {
    return `id=${safeJson((record as { id: unknown }).id)}`
  }
  return safeJson(record)
}

/** Records come from JSON, but a hand-made fake may hold values JSON cannot encode. */
function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}
