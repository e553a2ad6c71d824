import { describe, expect, it } from 'vitest'
import { extractRecords } from '../../src/list/extract-records.js'
import { fixture } from '../support/fixture.js'

describe('extractRecords', () => {
  it('takes a bare array as the records', () => {
    const body = [{ id: 1 }, { id: 2 }]
    expect(extractRecords(body)).toEqual({ records: body, recordCount: undefined })
  })

  it('reads a users envelope (record_count + users)', () => {
    const { records, recordCount } = extractRecords(fixture('users-list'))
    expect(recordCount).toBe(1)
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ id: 57, name: 'Ada Lovelace' })
  })

  it('reads a bare actions array', () => {
    const { records } = extractRecords(fixture('actions-bare-array'))
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ ticket_id: 1042, id: 2 })
  })

  it('prefers listKey, then a known key, over a sidecar array', () => {
    const view = {
      type: 0,
      unique_id: 0,
      ticket_id: 5,
      record_count: '2',
      page_no: 1,
      page_size: 50,
      attachments: [{ id: 10 }, { id: 11 }],
      folders: [{ id: 1, name: 'Docs' }],
    }
    expect(extractRecords(view)).toEqual({ records: view.attachments, recordCount: 2 })
    expect(extractRecords(view, 'attachments').records).toBe(view.attachments)
    expect(extractRecords(view, 'folders').records).toBe(view.folders)
  })

  it('falls back to a known key when listKey is absent from the body', () => {
    const body = { record_count: 1, quotations: [{ id: 3 }] }
    expect(extractRecords(body, 'quotes').records).toEqual([{ id: 3 }])
  })

  it('takes the only array of an unknown envelope, or the only one holding records', () => {
    expect(extractRecords({ record_count: 1, widgets: [{ id: 1 }] }).records).toEqual([{ id: 1 }])
    expect(extractRecords({ widgets: [{ id: 1 }], columns: ['a', 'b'] }).records).toEqual([{ id: 1 }])
  })

  it('throws when several arrays could be the records', () => {
    expect(() => extractRecords({ widgets: [{ id: 1 }], gadgets: [{ id: 2 }] })).toThrow(
      /widgets, gadgets.*pass listKey/,
    )
  })

  it('treats an envelope with record_count and no array as an empty page', () => {
    expect(extractRecords({ record_count: 0, page_no: 1 })).toEqual({ records: [], recordCount: 0 })
  })

  it('treats a plain object with an id as one record, ignoring its own arrays', () => {
    const ticket = { id: 7, summary: 'x', assets: [{ id: 99 }] }
    expect(extractRecords(ticket)).toEqual({ records: [ticket], recordCount: undefined })
  })

  it('treats an empty body as an empty list', () => {
    expect(extractRecords(undefined).records).toEqual([])
    expect(extractRecords(null).records).toEqual([])
    expect(extractRecords('').records).toEqual([])
  })

  it('reads record_count from numbers and numeric strings only', () => {
    expect(extractRecords({ record_count: 5, tickets: [] }).recordCount).toBe(5)
    expect(extractRecords({ record_count: ' 12 ', tickets: [] }).recordCount).toBe(12)
    expect(extractRecords({ record_count: 'many', tickets: [] }).recordCount).toBeUndefined()
    expect(extractRecords({ record_count: -1, tickets: [] }).recordCount).toBeUndefined()
    expect(extractRecords({ record_count: '', tickets: [] }).recordCount).toBeUndefined()
  })

  it('throws a TypeError for answers that hold no list', () => {
    expect(() => extractRecords('<html>oops</html>')).toThrow(TypeError)
    expect(() => extractRecords(42)).toThrow(/got number/)
    expect(() => extractRecords({ message: 'nope' }, 'tickets')).toThrow(/records under "tickets".*message/)
  })
})
