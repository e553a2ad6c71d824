// fields, customFields, lookups and outcomes on the mock, and their cached name → id lookups.
import { NameLookupError } from '@halo/core'
import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { customFields, fields, LOOKUP_TYPES_LOOKUP_ID, lookups, outcomes } from '../../src/index.js'

const { mock, core } = useHaloMock({ core: { retry: false } })

describe('outcomes', () => {
  it('idOf: one GET /Outcome for two lookups, case-insensitive', async () => {
    const resource = outcomes(core())
    expect(await resource.idOf('resolved')).toBe(seed.outcomeResolvedId)
    expect(await resource.idOf('PRIVATE NOTE')).toBe(seed.outcomeNoteId)
    expect(await outcomes(core()).idOf('Email User')).toBe(seed.outcomeEmailUserId)
    expect(apiRequests(mock, 'GET /Outcome')).toHaveLength(1)
  })

  it('idOf matches the outcome name, not the button label', async () => {
    await expect(outcomes(core()).idOf('Add Note')).rejects.toBeInstanceOf(NameLookupError)
  })

  it('lists the bare array, gets, creates, updates and deletes', async () => {
    const resource = outcomes(core())
    const all = await resource.list()
    expect(all.map((o) => o.outcome)).toContain('Resolved')
    const resolved = await resource.get(seed.outcomeResolvedId)
    expect(resolved.newstatus).toBe(8)
    const created = await resource.create({ outcome: 'Awaiting Parts', buttonname: 'Parts' })
    const renamed = await created.update({ outcome: 'Awaiting Parts Delivery' })
    expect(renamed.outcome).toBe('Awaiting Parts Delivery')
    expect((await renamed.refresh()).outcome).toBe('Awaiting Parts Delivery')
    await renamed.delete()
    expect(mock.state.outcomes.get(created.id as number)).toBeUndefined()
  })
})

describe('lookups', () => {
  it('list({ lookupid }) answers one lookup type’s values', async () => {
    const impact = await lookups(core()).list({ lookupid: 123 })
    expect(impact.map((l) => l.name)).toEqual(['Whole Company', 'Multiple Users', 'Single User'])
    expect(apiRequests(mock, 'GET /Lookup')[0]?.query.lookupid).toBe('123')
  })

  it('idOf(name, lookupid): one request per lookup type, names scoped to their type', async () => {
    const resource = lookups(core())
    expect(await resource.idOf('medium', 124)).toBe(2) // Urgency
    expect(await resource.idOf('LOW', 124)).toBe(3)
    expect(await resource.idOf('Low', 153)).toBe(1) // Risk Level
    expect(await resource.idOf('Impact', LOOKUP_TYPES_LOOKUP_ID)).toBe(123)
    const requested = apiRequests(mock, 'GET /Lookup').map((r) => r.query.lookupid)
    expect(requested).toEqual(['124', '153', '11'])
  })

  it('creates a lookup value by posting an array, and deletes it', async () => {
    const created = await lookups(core()).create({ lookupid: 150, name: 'SMS' })
    expect(apiRequests(mock, 'POST /Lookup')[0]?.body).toEqual([{ lookupid: 150, name: 'SMS' }])
    expect(created.id).toBeGreaterThan(0)
    await created.delete()
    expect(apiRequests(mock, 'DELETE /Lookup/{id}')[0]?.path).toBe(`/api/Lookup/${created.id}`)
  })
})

describe('customFields', () => {
  it('get(id, { getlookupvalues: true }) sends the flag and answers the definition with values', async () => {
    const impact = await customFields(core()).get(165, { getlookupvalues: true })
    expect(impact.name).toBe('CFimpact')
    expect(apiRequests(mock, 'GET /FieldInfo/{id:int}')[0]?.query.getlookupvalues).toBe('true')
    const values = await impact.getLookupValues()
    expect(values.map((v) => v.name)).toEqual(['Whole Company', 'Multiple Users', 'Single User'])
    expect(typeof values[0]?.update).toBe('function')
    expect(apiRequests(mock, 'GET /Lookup')).toHaveLength(0)
  })

  it('getLookupValues() reads GET /Lookup?lookupid= when the definition came without values', async () => {
    const [urgency] = (await customFields(core()).list()).filter((f) => f.name === 'CFurgency')
    expect(urgency?.values).toBeUndefined()
    const values = (await urgency?.getLookupValues()) ?? []
    expect(values.map((v) => v.name)).toEqual(['High', 'Medium', 'Low'])
    expect(apiRequests(mock, 'GET /Lookup')[0]?.query.lookupid).toBe('124')
    const [text] = (await customFields(core()).list()).filter((f) => f.name === 'CFcostCentre')
    expect(await text?.getLookupValues()).toEqual([])
  })

  it('idOf(name) by field name or label, one GET /FieldInfo, case-insensitive', async () => {
    const resource = customFields(core())
    expect(await resource.idOf('cfimpact')).toBe(165)
    expect(await resource.idOf('Urgency')).toBe(166)
    expect(await customFields(core()).idOf('Preferred Contact Method')).toBe(240)
    expect(apiRequests(mock, 'GET /FieldInfo')).toHaveLength(1)
  })

  it('lists definitions with filters and creates one by posting an array', async () => {
    const withValues = await customFields(core()).list({ includevalues: true })
    expect(withValues.find((f) => f.name === 'CFimpact')?.values?.length).toBe(3)
    await customFields(core()).create({ name: 'CFcontractType', label: 'Contract Type', type: 0 })
    expect(apiRequests(mock, 'POST /FieldInfo')[0]?.body).toEqual([
      { name: 'CFcontractType', label: 'Contract Type', type: 0 },
    ])
  })
})

describe('fields', () => {
  it('lists by type and kind, and round-trips a field', async () => {
    const resource = fields(core())
    expect(await resource.list({ type_id: seed.assetTypeId, kind: 'asset' })).toEqual([])
    expect(apiRequests(mock, 'GET /Field')[0]?.query).toMatchObject({
      type_id: String(seed.assetTypeId),
      kind: 'asset',
    })
    const created = await resource.create({ name: 'Warranty end', typeinfo_id: seed.assetTypeId })
    const got = await resource.get(created.id as number)
    expect(got.name).toBe('Warranty end')
    const renamed = await got.update({ name: 'Warranty expiry' })
    expect(renamed.name).toBe('Warranty expiry')
    expect((await resource.list()).map((f) => f.id)).toEqual([created.id])
    await renamed.delete()
    expect(await resource.list()).toEqual([])
  })
})
