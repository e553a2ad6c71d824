import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { parseCsv, type TicketTypeField, ticketTypes, writeCsv } from '../../src/index.js'
import { callsTo } from './support.js'

const halo = useHaloMock({ core: { retry: false } })

const byName = (fields: readonly TicketTypeField[], name: string): TicketTypeField => {
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) throw new Error(`no field ${name} in ${fields.map((f) => f.name).join(', ')}`)
  return field
}

describe('ticketTypes(core)', () => {
  it('list() answers the bare array as records without field lists', async () => {
    const types = await ticketTypes(halo.core()).list()
    expect(types.map((type) => type.name)).toContain('Incident')
    expect(types.every((type) => type.fields === undefined)).toBe(true)
    expect(typeof types[0]?.getFields).toBe('function')
  })

  it('get(id, { includedetails: true }) carries the field groups', async () => {
    const type = await ticketTypes(halo.core()).get(seed.ticketTypeId, { includedetails: true })
    expect(type.name).toBe('Incident')
    expect(type.fields?.some((row) => row.fieldid === 0 && (row.group?.fields?.length ?? 0) > 0)).toBe(true)
    expect(callsTo(halo, 'GET', `/TicketType/${seed.ticketTypeId}`)[0]?.query.includedetails).toBe('true')
  })

  it('getFields() on a listed type fetches details and each category tier once', async () => {
    const [incident] = (await ticketTypes(halo.core()).list()).filter((type) => type.id === seed.ticketTypeId)
    if (!incident) throw new Error('no Incident type')
    const fields = await incident.getFields()
    expect(
      callsTo(halo, 'GET', `/TicketType/${seed.ticketTypeId}`).map((call) => call.query.includedetails),
    ).toEqual(['true'])
    expect(
      callsTo(halo, 'GET', '/Category')
        .map((call) => call.query.type_id)
        .sort(),
    ).toEqual(['1', '2', '3', '4'])

    // groups flattened, in Halo's order
    expect(fields.map((field) => field.name).slice(0, 3)).toEqual(['symptom', 'symptom2', 'category2'])
    expect(byName(fields, 'symptom')).toMatchObject({ label: 'Summary', mandatory: true, isCategory: false })
    expect(byName(fields, 'symptom2').mandatory).toBe(false)
  })

  it('getFields() recognises the category tiers off by one, with their categories as values', async () => {
    const type = await ticketTypes(halo.core()).get(seed.ticketTypeId, { includedetails: true })
    const fields = await type.getFields()
    // a detailed record is not fetched again
    expect(callsTo(halo, 'GET', `/TicketType/${seed.ticketTypeId}`)).toHaveLength(1)
    const tiers = fields.filter((field) => field.isCategory)
    expect(tiers.map((field) => [field.name, field.categoryTypeId, field.csvColumnName])).toEqual([
      ['category2', 1, 'Category'],
      ['category3', 2, 'Category2'],
      ['category4', 3, 'Category3'],
      ['category5', 4, 'Category4'],
    ])
    const category1 = byName(fields, 'category2')
    expect(category1.type).toBe('category')
    expect(category1.lookupValues.slice(0, 2)).toEqual([
      { id: 1, label: 'Hardware' },
      { id: 2, label: 'Hardware>Laptop' },
    ])
    expect(byName(fields, 'category4').lookupValues.map((value) => value.label)).toContain('Email')
    expect(byName(fields, 'symptom').categoryTypeId).toBeNull()
  })

  it('getFields() fills lookup values of lookup fields', async () => {
    const fields = await ticketTypes(halo.core()).getFields(seed.ticketTypeId)
    expect(byName(fields, 'CFimpact')).toMatchObject({
      label: 'Impact',
      type: 'select',
      csvColumnName: 'CFimpact',
      lookupValues: [
        { id: 1, label: 'Whole Company' },
        { id: 2, label: 'Multiple Users' },
        { id: 3, label: 'Single User' },
      ],
    })
    expect(byName(fields, 'CFcallbackNumber').lookupValues).toEqual([])
  })

  it('getFields() only lists the tiers a type shows', async () => {
    await ticketTypes(halo.core()).getFields(seed.serviceRequestTypeId)
    expect(callsTo(halo, 'GET', '/Category').map((call) => call.query.type_id)).toEqual(['1', '3'])
  })

  it('validateDraft lists the mandatory fields a draft lacks, by its tickettype_id', async () => {
    const resource = ticketTypes(halo.core())
    const missing = await resource.validateDraft({ tickettype_id: seed.ticketTypeId, details: 'no summary' })
    expect(missing.map((field) => field.name)).toEqual(['symptom'])
    expect(
      await resource.validateDraft({ tickettype_id: seed.ticketTypeId, summary: 'Printer jam' }),
    ).toEqual([])

    const change = { tickettype_id: seed.changeRequestTypeId, summary: 'Patch the firewall' }
    expect((await resource.validateDraft(change)).map((field) => field.name)).toEqual(['CFchangeType'])
    expect(
      await resource.validateDraft({ ...change, customfields: [{ name: 'CFchangeType', value: 1 }] }),
    ).toEqual([])
  })

  it('validateDraft refuses a draft without a ticket type', async () => {
    await expect(ticketTypes(halo.core()).validateDraft({ summary: 'x' })).rejects.toThrow(/tickettype_id/)
    expect(apiRequests(halo.mock)).toHaveLength(0)
  })

  it('record.validateDraft checks against that type', async () => {
    const type = await ticketTypes(halo.core()).get(seed.changeRequestTypeId)
    const missing = await type.validateDraft({ summary: 'x' })
    expect(missing.map((field) => field.label)).toEqual(['Change Type'])
  })

  it('importTemplate(id): header of csvColumnNames and a metadata sheet', async () => {
    const template = await ticketTypes(halo.core()).importTemplate(seed.ticketTypeId)
    const [header] = parseCsv(template.headerCsv)
    expect(header?.cells).toContain('Category')
    expect(header?.cells).toContain('Category4')
    expect(header?.cells).toContain('CFimpact')
    const metadata = parseCsv(template.metadataCsv).map((row) => row.cells)
    expect(metadata[0]).toEqual(['Column', 'Label', 'Type', 'Mandatory', 'Allowed values'])
    expect(metadata.find((row) => row[0] === 'symptom')?.[3]).toBe('Yes')
    expect(metadata.find((row) => row[0] === 'CFurgency')?.[4]).toBe('High; Medium; Low')
  })

  it('sampleRows(id, n) fill lookups with real values, and pass validateImport', async () => {
    const resource = ticketTypes(halo.core())
    const rows = await resource.sampleRows(seed.ticketTypeId, 3)
    expect(rows).toHaveLength(3)
    expect(rows.map((row) => row.Category)).toEqual(['Hardware', 'Hardware>Laptop', 'Hardware>Desktop'])
    expect(rows[1]?.CFimpact).toBe('Multiple Users')
    const csv = await resource.sampleCsv(seed.ticketTypeId, 3)
    const result = await resource.validateImport(seed.ticketTypeId, csv)
    expect(result.errors).toEqual([])
    expect(result.valid.map((row) => row.line)).toEqual([2, 3, 4])
  })

  it('validateImport reports line-numbered errors', async () => {
    const csv = writeCsv([
      ['symptom', 'Category', 'CFimpact'],
      ['Printer jam', 'Hardware>Printer', 'Single User'],
      ['', 'Hardware', 'Everyone'],
      ['Slow VPN', 'Gardening', '2'],
    ])
    const result = await ticketTypes(halo.core()).validateImport(seed.ticketTypeId, csv)
    expect(result.valid.map((row) => row.line)).toEqual([2])
    expect(result.errors.map((error) => [error.line, error.column])).toEqual([
      [3, 'symptom'],
      [3, 'CFimpact'],
      [4, 'Category'],
    ])
  })

  it('lookupCsv(id) exports every lookup and category value with ids', async () => {
    const csv = await ticketTypes(halo.core()).lookupCsv(seed.ticketTypeId)
    const rows = parseCsv(csv).map((row) => row.cells)
    expect(rows[0]).toEqual(['Field', 'Id', 'Label'])
    expect(rows).toContainEqual(['Category', '1', 'Hardware'])
    expect(rows).toContainEqual(['CFimpact', '3', 'Single User'])
    expect(rows).toContainEqual(['Category2', String(14), 'Fixed'])
  })

  it('idOf(name) is case-insensitive and one list request serves two lookups', async () => {
    const core = halo.core()
    expect(await ticketTypes(core).idOf('incident')).toBe(seed.ticketTypeId)
    expect(await ticketTypes(core).idOf('Change Request')).toBe(seed.changeRequestTypeId)
    expect(callsTo(halo, 'GET', '/TicketType')).toHaveLength(1)
    await expect(ticketTypes(core).idOf('Nope')).rejects.toThrow(/No ticket type named "Nope"/)
  })

  it('create, update, record.update, refresh and delete', async () => {
    const resource = ticketTypes(halo.core())
    const created = await resource.create({ name: 'Security Incident', use: 'tickets' })
    expect(created.id).toBeGreaterThan(0)
    const renamed = await resource.update(created.id ?? 0, { name: 'Security Event' })
    expect(renamed.name).toBe('Security Event')
    const again = await renamed.update({ name: 'Security Alert' })
    expect((await again.refresh()).name).toBe('Security Alert')
    await again.delete()
    expect(halo.mock.state.ticketTypes.get(created.id ?? 0)).toBeUndefined()
  })
})
