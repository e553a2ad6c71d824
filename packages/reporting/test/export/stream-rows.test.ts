import { describe, expect, it } from 'vitest'
import {
  EXCEL_MAX_ROWS,
  type ExportRow,
  rowsToCsv,
  rowsToXlsx,
  streamRowsToCsv,
  streamRowsToXlsx,
} from '../../src/export/index.js'
import { readXlsxWithPython } from './xlsx-reader.js'

function ticket(id: number): ExportRow {
  return {
    id,
    summary: id % 7 === 0 ? `Line "${id}", with a comma\nand a break` : `Ticket ${id}`,
    hours: id % 3 === 0 ? null : id / 4,
    open: id % 2 === 0,
    created: new Date(Date.UTC(2024, 0, 1 + (id % 28))),
  }
}

/** `count` batches of `size` rows, made as they are asked for; `pulled` says how many were. */
function batchSource(count: number, size: number) {
  const state = { pulled: 0 }
  async function* batches() {
    for (let b = 0; b < count; b++) {
      state.pulled++
      yield Array.from({ length: size }, (_, i) => ticket(b * size + i + 1))
    }
  }
  return { state, batches }
}

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const chunk of source) out.push(chunk)
  return out
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}

describe('streamRowsToCsv', () => {
  it('writes exactly what rowsToCsv writes for the same rows, a batch at a time', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => ticket(i + 1))
    const batches = [rows.slice(0, 100), [], rows.slice(100, 200), rows.slice(200)]
    for (const options of [{}, { bom: true, newline: '\n' as const, guardFormulas: true }]) {
      const text = (await collect(streamRowsToCsv(batches, options))).join('')
      expect(text).toBe(rowsToCsv(rows, options))
    }
    expect((await collect(streamRowsToCsv(batches, { columns: ['summary', 'id'] }))).join('')).toBe(
      rowsToCsv(rows, { columns: ['summary', 'id'] }),
    )
    expect((await collect(streamRowsToCsv([]))).join('')).toBe(rowsToCsv([]))
  })

  it('fixes the columns with the first batch and reports keys met later', async () => {
    const late: string[] = []
    const text = (
      await collect(
        streamRowsToCsv([[{ id: 1 }], [{ id: 2, extra: 'x' }], [{ id: 3, extra: 'y' }]], {
          onUnwrittenKey: (key) => late.push(key),
        }),
      )
    ).join('')
    expect(text).toBe('id\r\n1\r\n2\r\n3\r\n')
    expect(late).toEqual(['extra'])
  })
})

describe('streamRowsToXlsx', () => {
  it('writes a workbook whose cells equal rowsToXlsx’s, that Python opens with every CRC matching', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ticket(i + 1))
    const streamed = concat(
      await collect(streamRowsToXlsx([rows.slice(0, 50), rows.slice(50)], { sheetName: 'Tickets' })),
    )
    const streamedSheet = readXlsxWithPython(streamed)
    const whole = readXlsxWithPython(rowsToXlsx(rows, { sheetName: 'Tickets' }))
    expect(streamedSheet.bad).toBeNull()
    expect(streamedSheet.entries.map((e) => e.name)).toEqual(whole.entries.map((e) => e.name))
    expect(streamedSheet.sheetNames).toEqual(['Tickets'])
    expect(streamedSheet.rows).toEqual(whole.rows)
    expect(streamedSheet.rows).toHaveLength(121)
  })

  it('writes a header-only sheet for no rows and refuses more rows than Excel holds', async () => {
    const empty = readXlsxWithPython(concat(await collect(streamRowsToXlsx([], { columns: ['id'] }))))
    expect(empty.bad).toBeNull()
    expect(empty.rows.map((row) => row.r)).toEqual(['1'])
    // The check comes before a batch is written, so one batch past the limit fails at once.
    const row = { id: 1 }
    const tooMany = [[row], Array.from({ length: EXCEL_MAX_ROWS - 1 }, () => row)]
    await expect(collect(streamRowsToXlsx(tooMany))).rejects.toThrow(/Excel's limit of 1048575 rows/)
  })
})

// The memory shape of a streamed export: the writer pulls the next batch only after handing out the
// text of the one before, and no chunk grows with the number of rows, so memory holds one batch
// whatever the total. (A heap figure would be noisy; this is the property that bounds it.)
describe('streamed exports hold one batch at a time', () => {
  for (const [format, write] of [
    ['csv', (batches: AsyncIterable<readonly ExportRow[]>) => streamRowsToCsv(batches)],
    ['xlsx', (batches: AsyncIterable<readonly ExportRow[]>) => streamRowsToXlsx(batches)],
  ] as const) {
    it(`${format}: pulls batches one by one and its largest chunk is the same for 10 or 100 batches`, async () => {
      const largest: number[] = []
      for (const count of [10, 100]) {
        const { state, batches } = batchSource(count, 100)
        let chunks = 0
        let max = 0
        for await (const chunk of write(batches())) {
          chunks++
          max = Math.max(max, chunk.length)
          // Everything yielded so far came from at most one batch more than the chunks handed out.
          expect(state.pulled).toBeLessThanOrEqual(chunks)
        }
        expect(state.pulled).toBe(count)
        largest.push(max)
      }
      const [small = 0, big = 0] = largest
      expect(big).toBeLessThan(small * 1.2)
    })
  }
})
