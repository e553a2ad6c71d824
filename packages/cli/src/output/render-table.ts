import Table from 'cli-table3'

/** Keys shown first when a record has them: what identifies a Halo record at a glance. */
const PREFERRED_KEYS = [
  'id',
  'name',
  'summary',
  'inventory_number',
  'client_name',
  'site_name',
  'user_name',
  'status_id',
  'tickettype_id',
  'emailaddress',
  'dateoccurred',
]
const MAX_COLUMNS = 6
const MAX_CELL = 40

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value)
  const line = text.replace(/\s+/g, ' ')
  return line.length > MAX_CELL ? `${line.slice(0, MAX_CELL - 1)}…` : line
}

function isScalar(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

/** The columns of a list table: the preferred keys present, then other scalar keys, at most six. */
export function tableColumns(rows: readonly Record<string, unknown>[]): string[] {
  const keys: string[] = []
  const seen = new Set<string>()
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key)
  for (const key of PREFERRED_KEYS) if (seen.has(key)) keys.push(key)
  for (const key of seen) {
    if (keys.length >= MAX_COLUMNS) break
    if (!keys.includes(key) && rows.some((row) => isScalar(row[key]) && row[key] !== null)) keys.push(key)
  }
  return keys.slice(0, MAX_COLUMNS)
}

/** Records as a table for people (`--output json` or `csv` gives every field). */
export function renderRecordsTable(rows: readonly Record<string, unknown>[]): string {
  if (rows.length === 0) return '(no records)\n'
  const columns = tableColumns(rows)
  const table = new Table({ head: columns, style: { head: [], border: [] } })
  for (const row of rows) table.push(columns.map((key) => cellText(row[key])))
  return `${table.toString()}\n${rows.length} record${rows.length === 1 ? '' : 's'}\n`
}

/** One record as a two-column table of its fields (scalars first, nested values as JSON). */
export function renderRecordTable(record: Record<string, unknown>): string {
  const table = new Table({ style: { head: [], border: [] } })
  const entries = Object.entries(record).sort(([, a], [, b]) => Number(!isScalar(a)) - Number(!isScalar(b)))
  for (const [key, value] of entries) table.push({ [key]: cellText(value) })
  return `${table.toString()}\n`
}
