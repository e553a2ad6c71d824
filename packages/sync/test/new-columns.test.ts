// newColumns finds the scalar fields a batch brings that have no column yet, typed by the first value
// that says a type. It passes over a record with the last one's field names, looking only at the
// fields still open (null so far): what it finds must be what looking at every field finds.
import { describe, expect, it } from 'vitest'
import { type ColumnType, newColumns } from '../src/store/mirror-columns.js'

/** The plain rule, field by field: what newColumns must answer. */
function everyField(records: readonly Record<string, unknown>[], known: ReadonlyMap<string, ColumnType>) {
  const found = new Map<string, ColumnType>()
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      if (known.has(name) || found.has(name) || name === '_json' || name === '_synced_at' || name === '')
        continue
      if (Buffer.byteLength(name) > 63) continue
      const type =
        typeof value === 'string'
          ? 'text'
          : typeof value === 'boolean'
            ? 'boolean'
            : typeof value === 'number' && Number.isFinite(value)
              ? 'real'
              : undefined
      if (type !== undefined) found.set(name, type)
    }
  }
  return found
}

describe('newColumns', () => {
  it('types a field by the first value that says a type, however many records with the same fields pass first', () => {
    const records = [
      { id: 1, due: null, tags: ['a'], owner: null, flag: true },
      { id: 2, due: null, tags: [], owner: null, flag: false },
      { id: 3, due: '2026-12-01', tags: null, owner: null, flag: true },
      { id: 4, due: null, tags: null, owner: 7, flag: null },
    ]
    expect(newColumns(records, new Map())).toEqual(
      new Map<string, ColumnType>([
        ['id', 'real'],
        ['flag', 'boolean'],
        ['due', 'text'],
        ['owner', 'real'],
      ]),
    )
  })

  it('leaves out known columns, the store’s own, and names a column cannot have', () => {
    const long = 'x'.repeat(64)
    const records = [
      { id: 1, name: 'a', _json: 'x', _synced_at: 'y', '': 1, [long]: 2 },
      { id: 2, name: 'b', _json: 'x', _synced_at: 'y', '': 1, [long]: 2 },
    ]
    expect(newColumns(records, new Map([['id', 'integer']]))).toEqual(new Map([['name', 'text']]))
  })

  it('answers what looking at every field answers, for records with fields in changing sets and orders', () => {
    const values = [null, 1, 'one', true, { a: 1 }, [1], Number.NaN]
    let seed = 7
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let round = 0; round < 200; round++) {
      const records = Array.from({ length: 1 + next(12) }, () => {
        // Often the same fields as the record before (the case passed over), now and then other ones.
        const names = next(4) === 0 ? ['b', 'a', 'c'] : next(5) === 0 ? ['a', 'd'] : ['a', 'b', 'c']
        return Object.fromEntries(names.map((name) => [name, values[next(values.length)]]))
      })
      const known = new Map<string, ColumnType>(next(3) === 0 ? [['b', 'text']] : [])
      expect(newColumns(records, known)).toEqual(everyField(records, known))
    }
  })
})
