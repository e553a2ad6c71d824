/**
 * Envelope keys Halo uses for list records (docs/halo-api.md, "List envelopes"), tried in this order when the caller
 * does not name one. A `_View` object may carry sidecar arrays next to its records
 * (`Attachment_View` has `attachments` and `folders`); the known key wins over any sidecar.
 */
const KNOWN_LIST_KEYS = [
  'tickets',
  'actions',
  'users',
  'clients',
  'sites',
  'assets',
  'articles',
  'reports',
  'invoices',
  'contracts',
  'suppliers',
  'appointments',
  'items',
  'quotes',
  'quotations',
  'attachments',
  'purchaseorders',
  'salesorders',
  'licences',
  'dashboards',
  'releases',
  'services',
  'timesheets',
  'opportunities',
  'projects',
] as const

/** The records of one list response, and Halo's total across pages when it sent one. */
export interface ExtractedRecords {
  readonly records: unknown[]
  readonly recordCount: number | undefined
}

/**
 * Finds the records in a list response, whatever its shape:
 *
 * - a bare array is the records;
 * - an object holds them under `listKey`, else under a known envelope key, else under its only
 *   array property (preferring, among several, the only one holding objects);
 * - an object with an `id` and no paging fields (`record_count`, `page_no`, `page_size`) is a single
 *   record: some endpoints answer one record where a list was expected, and dropping it would
 *   lose data silently (and its own arrays, a ticket's `assets`, are not the list);
 * - an envelope with `record_count` and no array is an empty page (Halo omits empty lists at times);
 * - an empty body (`undefined`, `null`, `''`, as a 204 gives) is an empty list.
 *
 * Anything else throws a `TypeError` naming what was found, for the caller to map: guessing would
 * risk answering `[]` for a list that has records.
 */
export function extractRecords(body: unknown, listKey?: string): ExtractedRecords {
  if (Array.isArray(body)) return { records: body, recordCount: undefined }
  if (body === undefined || body === null || body === '') return { records: [], recordCount: undefined }
  if (typeof body !== 'object') {
    throw new TypeError(`expected a list response (an array or an object holding one), got ${typeof body}`)
  }

  const envelope = body as Record<string, unknown>
  const recordCount = readRecordCount(envelope.record_count)
  if (listKey !== undefined && Array.isArray(envelope[listKey])) {
    return { records: envelope[listKey] as unknown[], recordCount }
  }
  // Checked before any array search: a record's own arrays (a ticket's `assets`) are not a list.
  if (looksLikeSingleRecord(envelope)) return { records: [envelope], recordCount: undefined }
  const records = findRecordArray(envelope)
  if (records !== undefined) return { records, recordCount }
  if (recordCount !== undefined) return { records: [], recordCount }

  const keys = Object.keys(envelope).slice(0, 10).join(', ')
  const wanted = listKey === undefined ? 'a records array' : `records under "${listKey}"`
  throw new TypeError(
    `expected ${wanted} in the list response, found an object with keys: ${keys || '(none)'}`,
  )
}

/** A record has an `id`; an envelope has paging fields instead. */
function looksLikeSingleRecord(envelope: Record<string, unknown>): boolean {
  return (
    Object.hasOwn(envelope, 'id') &&
    !Object.hasOwn(envelope, 'record_count') &&
    !Object.hasOwn(envelope, 'page_no') &&
    !Object.hasOwn(envelope, 'page_size')
  )
}

function findRecordArray(envelope: Record<string, unknown>): unknown[] | undefined {
  for (const key of KNOWN_LIST_KEYS) {
    const known = envelope[key]
    if (Array.isArray(known)) return known
  }

  const arrays = Object.values(envelope).filter((value): value is unknown[] => Array.isArray(value))
  if (arrays.length === 1) return arrays[0]
  const ofRecords = arrays.filter((array) => array.length > 0 && array.every(isRecord))
  if (ofRecords.length === 1) return ofRecords[0]
  if (arrays.length > 1) {
    const keys = Object.keys(envelope).filter((key) => Array.isArray(envelope[key]))
    throw new TypeError(
      `cannot tell which array holds the records of the list response (${keys.join(', ')}); pass listKey`,
    )
  }
  return undefined
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `record_count` as a number; Halo (and proxies in front of it) sometimes send numeric strings. */
export function readRecordCount(value: unknown): number | undefined {
  const count = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : undefined
}
