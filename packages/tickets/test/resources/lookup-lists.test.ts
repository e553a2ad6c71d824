// Lookup fields that point at a lookup list without carrying its values, and the mandatory override.
import { defaultBaseUrl } from '@halo/mock'
import { useHaloMock } from '@halo/test-support'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { type TicketTypeField, ticketTypes } from '../../src/index.js'
import { callsTo } from './support.js'

const halo = useHaloMock({ core: { retry: false } })

// A ticket type as Halo answers it with details: two choice fields on lookup list 150 (contact
// methods, seeded by the mock) with no embedded values, one with values of its own, and a text field.
const row = (fieldid: number, seq: number, technew: number, fieldinfo: Record<string, unknown>) => ({
  id: fieldid * 10,
  fieldid,
  seq,
  technew,
  fieldinfo: { id: fieldid, ...fieldinfo },
})
const ticketType = {
  id: 77,
  name: 'Call back',
  fields: [
    row(1, 1, 2, { name: 'summary', label: 'Summary', type: -1 }),
    row(501, 2, 1, { name: 'CFcontactMethod', label: 'Contact method', type: 2, lookup: 150, values: [] }),
    row(502, 3, 0, { name: 'CFotherMethods', label: 'Other methods', type: 3, lookup: 150 }),
    row(503, 4, 0, {
      name: 'CFurgency',
      label: 'Urgency',
      type: 2,
      lookup: 151,
      values: [{ id: 1, name: 'Low' }],
    }),
    row(504, 5, 0, { name: 'CFcostCentre', label: 'Cost centre', type: 0 }),
  ],
}

function serveTicketType(): void {
  halo.server.use(http.get(`${defaultBaseUrl}/api/TicketType/77`, () => HttpResponse.json(ticketType)))
}

const byName = (fields: readonly TicketTypeField[], name: string) =>
  fields.find((field) => field.name === name) as TicketTypeField

describe('lookup values of fields on a lookup list', () => {
  it('fetches each list once (one request per list id) and fills in every field that points at it', async () => {
    serveTicketType()
    const fields = await ticketTypes(halo.core()).getFields(77)
    const labels = (name: string) => byName(fields, name).lookupValues.map((value) => value.label)
    expect(labels('CFcontactMethod')).toEqual(['Email', 'Phone', 'Microsoft Teams'])
    expect(labels('CFotherMethods')).toEqual(['Email', 'Phone', 'Microsoft Teams'])
    // a field's own values win, and its list is not fetched
    expect(labels('CFurgency')).toEqual(['Low'])
    expect(byName(fields, 'CFcostCentre').lookupValues).toEqual([])
    expect(callsTo(halo, 'GET', '/Lookup').map((call) => call.query.lookupid)).toEqual(['150'])

    await ticketTypes(halo.core()).getFields(77)
    expect(callsTo(halo, 'GET', '/Lookup')).toHaveLength(1) // cached per core
  })

  it('offers the choices in the CSV template metadata and the sample rows', async () => {
    serveTicketType()
    const resource = ticketTypes(halo.core())
    const [sample] = await resource.sampleRows(77, 1)
    expect(['Email', 'Phone', 'Microsoft Teams']).toContain(sample?.CFcontactMethod)
    expect(await resource.lookupCsv(77)).toContain('Microsoft Teams')
  })
})

describe('mandatory fields', () => {
  it('are inferred from the agent flag (technew 2), and the caller can override the rule', async () => {
    serveTicketType()
    const resource = ticketTypes(halo.core())
    const draft = { tickettype_id: 77, summary: 'Ring back' }
    expect(await resource.validateDraft(draft)).toEqual([])
    const stricter = await resource.validateDraft(draft, {
      mandatory: (field) => field.mandatory || field.name === 'CFcostCentre',
    })
    expect(stricter.map((field) => field.name)).toEqual(['CFcostCentre'])
    const none = await resource.getFields(77, { mandatory: () => false })
    expect(none.some((field) => field.mandatory)).toBe(false)
  })
})
