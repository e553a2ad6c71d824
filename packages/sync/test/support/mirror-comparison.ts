import { extractRecords, type HaloCore } from '@halo/core'
import { SYNC_RESOURCES, type SyncStore } from '../../src/index.js'

type Row = Record<string, unknown>
const keyOf = (record: Row, key: readonly string[]) => key.map((k) => String(record[k])).join(':')

/** Every record Halo (the mock) has for a resource, read the way a client reads it, by key. */
export async function haloRecords(core: HaloCore, resourceName: string): Promise<Map<string, Row>> {
  const resource = SYNC_RESOURCES[resourceName]
  if (resource === undefined) throw new Error(`unknown resource ${resourceName}`)
  const base = resource.baseQuery ?? {}
  let records: Row[]
  if (resource.pageSize === undefined) {
    const query = { ...base, ...resource.everything?.('2999-01-01T00:00:00Z') }
    records = extractRecords(await core.request(resource.operation, query), resource.listKey).records as Row[]
  } else {
    records = await core.list<Row>(resource.operation, base)
  }
  return new Map(records.map((r) => [keyOf(r, resource.table.key), r]))
}

/** The mirror's records for a resource (the `_json` column), by key. */
export async function mirrorRecords(store: SyncStore, resourceName: string): Promise<Map<string, Row>> {
  const resource = SYNC_RESOURCES[resourceName]
  if (resource === undefined) throw new Error(`unknown resource ${resourceName}`)
  const rows = await store.query(`SELECT "_json" FROM "${resource.table.name}"`)
  const records = rows.map(
    (row) => (typeof row._json === 'string' ? JSON.parse(row._json) : row._json) as Row,
  )
  return new Map(records.map((r) => [keyOf(r, resource.table.key), r]))
}

/** Keys that differ between Halo and the mirror: missing, extra, or with different content. */
export async function mirrorDifferences(
  core: HaloCore,
  store: SyncStore,
  resourceName: string,
): Promise<string[]> {
  const [halo, mirror] = await Promise.all([
    haloRecords(core, resourceName),
    mirrorRecords(store, resourceName),
  ])
  const differences: string[] = []
  for (const [key, record] of halo) {
    const mirrored = mirror.get(key)
    if (mirrored === undefined) differences.push(`${resourceName} ${key}: missing from the mirror`)
    else if (JSON.stringify(sortKeys(mirrored)) !== JSON.stringify(sortKeys(record)))
      differences.push(`${resourceName} ${key}: content differs`)
  }
  for (const key of mirror.keys()) if (!halo.has(key)) differences.push(`${resourceName} ${key}: not in Halo`)
  return differences
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value as Row)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, sortKeys(v)]),
  )
}
