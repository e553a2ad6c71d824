import { describe, expect, it } from 'vitest'
import {
  draftLocationOf,
  findMissingMandatoryFields,
  flattenTicketTypeFields,
} from '../../src/ticket-type-fields/index.js'
import { loadSampleCustomFields, loadSampleTicketType, sampleCategories } from './sample.js'

const fields = flattenTicketTypeFields(loadSampleTicketType(), { categories: sampleCategories })
const missing = (draft: Record<string, unknown>) =>
  findMissingMandatoryFields(fields, draft).map((f) => f.name)

const complete = {
  tickettype_id: 36,
  summary: 'Printer jam',
  details: 'Tray 2',
  agent_id: 4,
  team: 'Service Desk',
  category_1: 'Hardware',
  customfields: [
    { name: 'CFService', value: 3 },
    { name: 'CFimpact', value: 3 },
    { id: 166, value: 1 },
    { name: 'cfduedate', value: '2024-06-20' },
  ],
}

describe('findMissingMandatoryFields', () => {
  it('lists every mandatory field of an empty draft, in field order', () => {
    expect(missing({})).toEqual([
      'symptom',
      'symptom2',
      'assignedtoint',
      'CFService',
      'category2',
      'CFimpact',
      'CFurgency',
      'CFDueDate',
      'sectio_',
    ])
  })

  it('finds nothing missing in a complete draft', () => {
    expect(missing(complete)).toEqual([])
  })

  it('maps Halo field names to the ticket keys of a draft', () => {
    expect(missing({ ...complete, summary: '  ' })).toEqual(['symptom'])
    expect(missing({ ...complete, details: undefined, details_html: '<p>x</p>' })).toEqual([])
    expect(missing({ ...complete, agent_id: 0 })).toEqual(['assignedtoint'])
    expect(missing({ ...complete, team: undefined, team_id: 2 })).toEqual([])
    expect(missing({ ...complete, category_1: '' })).toEqual(['category2'])
    expect(missing({ ...complete, category_1: undefined, categoryid_1: 12 })).toEqual([])
  })

  it('reads custom fields by id or name and treats blank values as missing', () => {
    const customfields = complete.customfields.map((f) => (f.name === 'CFimpact' ? { ...f, value: null } : f))
    expect(missing({ ...complete, customfields })).toEqual(['CFimpact'])
    expect(missing({ ...complete, customfields: 'not an array' })).toEqual([
      'CFService',
      'CFimpact',
      'CFurgency',
      'CFDueDate',
    ])
  })

  it("accepts a ticket's custom fields as present", () => {
    const existing = loadSampleCustomFields()
    const draft = { ...complete, customfields: existing }
    // The ticket holds CFimpact, CFurgency and the change dates but not CFService or CFDueDate.
    expect(existing.map((f) => f.name)).toContain('CFimpact')
    expect(missing(draft)).toEqual(['CFService', 'CFDueDate'])
  })

  it('says where each field lives', () => {
    const at = (name: string) => {
      const field = fields.find((f) => f.name === name)
      if (!field) throw new Error(`no field ${name}`)
      return draftLocationOf(field)
    }
    expect(at('symptom')).toEqual({ kind: 'key', keys: ['summary'] })
    expect(at('category3')).toEqual({ kind: 'key', keys: ['category_2', 'categoryid_2'] })
    expect(at('CFimpact')).toEqual({ kind: 'customfield', id: 165, name: 'CFimpact' })
    expect(at('Followers')).toEqual({ kind: 'key', keys: ['Followers'] })
  })
})
