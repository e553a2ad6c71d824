import { describe, expect, it } from 'vitest'
import { buildModel } from '../src/model/build-model.mjs'
import { miniConfig, miniSpec } from './fixtures/mini-spec.mjs'

function operation(model, key) {
  const found = model.operations.find((candidate) => candidate.key === key)
  if (!found) throw new Error(`no ${key}`)
  return found
}

describe('buildModel', () => {
  const model = buildModel(miniSpec(), miniConfig)

  it('keeps a repeated query parameter once and leaves paging to the core', () => {
    const list = operation(model, 'GET /Tickets')
    expect(list.queryParams.filter((p) => p.name === 'utcoffset')).toHaveLength(1)
    expect(list.queryParams.map((p) => p.name)).toContain('pageinate')
    expect(list.callerQueryParams.map((p) => p.name)).not.toContain('pageinate')
    expect(list.callerQueryParams.map((p) => p.name)).not.toContain('page_no')
    expect(list.callerQueryParams.map((p) => p.name)).toContain('page_size')
    expect(list).toMatchObject({
      name: 'listTickets',
      paged: true,
      isList: true,
      listKey: 'tickets',
      entity: 'Faults',
    })
  })

  it('resolves response entities from the collection POST', () => {
    expect(operation(model, 'GET /Tickets/{id}')).toMatchObject({
      name: 'getTicket',
      entity: 'Faults',
      isList: false,
    })
    expect(operation(model, 'GET /Asset/NextTag').entity).toBeUndefined()
    expect(operation(model, 'DELETE /Tickets/{id}').entity).toBeUndefined()
  })

  it('classifies bodies: arrays stay arrays, multipart is multipart', () => {
    expect(operation(model, 'POST /Tickets').body?.kind).toBe('json-array')
    expect(operation(model, 'POST /Attachment/image').body?.kind).toBe('multipart')
    expect(operation(model, 'GET /Attachment/image/{id}').pathParams).toEqual([
      { name: 'id', kind: 'string', description: '' },
    ])
  })

  it('gives each schema one owning package and friendly aliases', () => {
    const tickets = model.packages.find((pkg) => pkg.name === 'tickets')
    expect(tickets?.ownedSchemas).toEqual(['Attachment', 'Faults', 'Kind', 'Users'])
    expect(tickets?.aliases).toEqual([{ name: 'Ticket', target: 'Faults', packageName: 'tickets' }])
    expect(model.packages.find((pkg) => pkg.name === 'assets')?.ownedSchemas).toEqual([])
  })

  it('rejects a tag map that misses a tag or names an unknown package', () => {
    expect(() =>
      buildModel(miniSpec(), { ...miniConfig, tagPackages: { Faults: 'tickets', Device: 'assets' } }),
    ).toThrow(/tag Attachment is not mapped/)
    expect(() =>
      buildModel(miniSpec(), { ...miniConfig, tagPackages: { ...miniConfig.tagPackages, Device: 'misc' } }),
    ).toThrow(/unknown package misc/)
  })
})
