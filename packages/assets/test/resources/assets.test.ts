import { isHaloResourceNotFound, isHaloUnexpectedResponseError } from '@halo/core'
import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { assets } from '../../src/index.js'

const { mock, core } = useHaloMock()

describe('assets(core).list', () => {
  it('filters by client and asset type with the wire names (contract: assets.list({ client_id, assettype_id }))', async () => {
    const found = await assets(core()).list({ client_id: seed.clientId, assettype_id: seed.assetTypeId })
    const expected = mock.state.assets.filter(
      (a) => a.client_id === seed.clientId && a.assettype_id === seed.assetTypeId && a.inactive !== true,
    )
    expect(found.length).toBeGreaterThan(0)
    expect(found.map((a) => a.id)).toEqual(expected.map((a) => a.id))
    expect(found.every((a) => a.client_id === seed.clientId && a.assettype_id === seed.assetTypeId)).toBe(
      true,
    )
    const [request] = apiRequests(mock, 'GET /Asset')
    expect(request?.query).toMatchObject({
      client_id: String(seed.clientId),
      assettype_id: String(seed.assetTypeId),
    })
  })

  it('returns every asset over the 50-a-page cap, asking for at most 50 a page', async () => {
    const all = await assets(core()).list({ page_size: 100 })
    expect(all).toHaveLength(seed.defaultAssetCount)
    expect(new Set(all.map((a) => a.id)).size).toBe(seed.defaultAssetCount)
    const pages = apiRequests(mock, 'GET /Asset')
    expect(pages.length).toBe(Math.ceil(seed.defaultAssetCount / 50))
    expect(pages.every((p) => p.query.page_size === '50' && p.query.pageinate === 'true')).toBe(true)
  })

  it('streams with for await and stops at limit', async () => {
    const ids: number[] = []
    for await (const asset of assets(core()).list({ limit: 60 })) ids.push(asset.id ?? 0)
    expect(ids).toHaveLength(60)
    expect(ids[0]).toBe(seed.assetId)
  })

  it('keeps records plain: helpers are not enumerable', async () => {
    const asset = await assets(core()).get(seed.assetId)
    expect(Object.keys(asset)).not.toContain('getSoftware')
    expect(JSON.parse(JSON.stringify(asset))).toEqual(mock.state.assets.get(seed.assetId))
    expect(typeof asset.getSoftware).toBe('function')
  })
})

describe('assets(core).search', () => {
  it('sends search and returns matching assets', async () => {
    const tag = String(mock.state.assets.get(seed.assetId)?.inventory_number)
    const found = await assets(core()).search(tag, { limit: 5 })
    expect(found.map((a) => a.inventory_number)).toContain(tag)
    expect(apiRequests(mock, 'GET /Asset')[0]?.query.search).toBe(tag)
  })
})

describe('assets(core) get / create / update / delete', () => {
  it('gets one asset with includedetails', async () => {
    const asset = await assets(core()).get(seed.assetId, { includedetails: true })
    expect(asset.id).toBe(seed.assetId)
    expect(Array.isArray(asset.software)).toBe(true)
    expect(apiRequests(mock, 'GET /Asset/{id}')[0]?.query.includedetails).toBe('true')
  })

  it('creates one asset from one object, and an array from an array', async () => {
    const one = await assets(core()).create({
      inventory_number: 'NW-LT-9001',
      assettype_id: 1,
      site_id: seed.siteId,
    })
    expect(one.id).toBeGreaterThan(0)
    expect(mock.state.assets.get(one.id ?? 0)?.inventory_number).toBe('NW-LT-9001')
    const many = await assets(core()).create([
      { inventory_number: 'NW-LT-9002', assettype_id: 1, site_id: seed.siteId },
      { inventory_number: 'NW-LT-9003', assettype_id: 1, site_id: seed.siteId },
    ])
    expect(many.map((a) => a.inventory_number)).toEqual(['NW-LT-9002', 'NW-LT-9003'])
    const posts = apiRequests(mock, 'POST /Asset')
    expect(posts.map((p) => Array.isArray(p.body))).toEqual([true, true])
  })

  it('updates by id on the resource and on the record', async () => {
    const updated = await assets(core()).update(seed.assetId, { notes: 'Battery replaced' })
    expect(updated.notes).toBe('Battery replaced')
    expect(apiRequests(mock, 'POST /Asset')[0]?.body).toEqual([
      { notes: 'Battery replaced', id: seed.assetId },
    ])
    const asset = await assets(core()).get(seed.assetId)
    const again = await asset.update({ key_field3: 'Spare' })
    expect(again.key_field3).toBe('Spare')
    expect(mock.state.assets.get(seed.assetId)?.key_field3).toBe('Spare')
    expect(typeof again.refresh).toBe('function')
  })

  it('deletes on the resource and on the record', async () => {
    await assets(core()).delete(seed.assetId + 1)
    expect(mock.state.assets.get(seed.assetId + 1)).toBeUndefined()
    const asset = await assets(core()).get(seed.assetId + 2)
    await asset.delete()
    expect(mock.state.assets.get(seed.assetId + 2)).toBeUndefined()
    const error = await assets(core())
      .get(seed.assetId + 2)
      .catch((e: unknown) => e)
    expect(isHaloResourceNotFound(error)).toBe(true)
  })

  it('refresh fetches the asset again with includedetails', async () => {
    const asset = await assets(core()).get(seed.assetId)
    mock.state.assets.update(seed.assetId, { notes: 'changed elsewhere' })
    const fresh = await asset.refresh()
    expect(fresh.notes).toBe('changed elsewhere')
    expect(asset.notes).not.toBe('changed elsewhere')
    expect(apiRequests(mock, 'GET /Asset/{id}').at(-1)?.query.includedetails).toBe('true')
  })
})

describe('asset.getSoftware()', () => {
  it('reads GET /AssetSoftware?device_id= for the asset (contract: asset.getSoftware())', async () => {
    const asset = await assets(core()).get(seed.assetId)
    const software = await asset.getSoftware()
    expect(software.length).toBeGreaterThan(0)
    expect(software.every((s) => s.did === seed.assetId)).toBe(true)
    expect(apiRequests(mock, 'GET /AssetSoftware')[0]?.query.device_id).toBe(String(seed.assetId))
  })

  it('is also on the resource by asset id', async () => {
    const software = await assets(core()).getSoftware(seed.assetId)
    expect(software.map((s) => s.name)).toEqual(
      (await (await assets(core()).get(seed.assetId)).getSoftware()).map((s) => s.name),
    )
  })

  it('answers an empty array for a device without software', async () => {
    const printer = mock.state.assets.find((a) => a.assettype_id === 4)
    expect(printer).toBeDefined()
    expect(await assets(core()).getSoftware(printer?.id ?? 0)).toEqual([])
  })
})

describe('assets(core).getNextTag()', () => {
  it('answers the tag as text (contract: assets.getNextTag() → the tag string)', async () => {
    const tag = await assets(core()).getNextTag()
    const next = mock.state.assets.peekNextId()
    expect(tag).toBe(`AST-${String(next).padStart(6, '0')}`)
    expect(apiRequests(mock, 'GET /Asset/NextTag')).toHaveLength(1)
  })

  it('passes straight into inventory_number', async () => {
    const tag = await assets(core()).getNextTag()
    const created = await assets(core()).create({
      inventory_number: tag,
      assettype_id: 1,
      site_id: seed.siteId,
    })
    expect(created.inventory_number).toBe(tag)
    expect(await assets(core()).getNextTag()).not.toBe(tag)
  })

  it.each([
    ['plain text', 'text/plain', 'LT-0042', 'LT-0042'],
    ['a JSON string', 'application/json', '"LT-0042"', 'LT-0042'],
    ['a number', 'application/json', '131', '131'],
    ['an object with nexttag', 'application/json', '{"nexttag":"AST-7"}', 'AST-7'],
    ['an object with a numeric inventory_number', 'application/json', '{"inventory_number":88}', '88'],
  ])('reads %s', async (_label, contentType, body, expected) => {
    mock.faults.add({
      kind: 'status',
      status: 200,
      body,
      headers: { 'content-type': contentType },
      match: { method: 'GET', path: '/Asset/NextTag' },
    })
    expect(await assets(core()).getNextTag()).toBe(expected)
  })

  it.each([
    ['null', 'null'],
    ['an empty string', '""'],
    ['an array', '["AST-1"]'],
    ['an object without a tag', '{"id":5}'],
  ])('rejects %s, which holds no tag', async (_label, body) => {
    mock.faults.add({
      kind: 'status',
      status: 200,
      body,
      headers: { 'content-type': 'application/json' },
      match: { method: 'GET', path: '/Asset/NextTag' },
    })
    const error = await assets(core())
      .getNextTag()
      .catch((e: unknown) => e)
    expect(isHaloUnexpectedResponseError(error)).toBe(true)
    expect((error as Error).message).toMatch(/NextTag/)
  })
})

describe('asset custom fields', () => {
  const customfields = [
    { id: 41, name: 'CFwarrantyProvider', value: 'Dell ProSupport' },
    { id: 42, name: 'CFbudgetCode', value: 'IT-2024' },
  ]

  it('reads custom fields by name', async () => {
    mock.state.assets.update(seed.assetId, { customfields })
    const asset = await assets(core()).get(seed.assetId, { includedetails: true })
    expect(asset.customFields()).toEqual({ CFwarrantyProvider: 'Dell ProSupport', CFbudgetCode: 'IT-2024' })
  })

  it('sets one custom field and re-posts the others', async () => {
    mock.state.assets.update(seed.assetId, { customfields })
    const asset = await assets(core()).get(seed.assetId, { includedetails: true })
    const updated = await asset.setCustomField('CFbudgetCode', 'IT-2025')
    expect(updated.customFields()).toEqual({ CFwarrantyProvider: 'Dell ProSupport', CFbudgetCode: 'IT-2025' })
    const [post] = apiRequests(mock, 'POST /Asset')
    expect(post?.body).toEqual([
      {
        id: seed.assetId,
        customfields: [
          { id: 41, name: 'CFwarrantyProvider', value: 'Dell ProSupport' },
          { id: 42, name: 'CFbudgetCode', value: 'IT-2025' },
        ],
      },
    ])
  })

  it('refuses to set a custom field on a record without customfields (Halo would clear the rest)', async () => {
    const asset = await assets(core()).get(seed.assetId)
    await expect(asset.setCustomField('CFbudgetCode', 'x')).rejects.toThrow(/includedetails/)
    expect(apiRequests(mock, 'POST /Asset')).toHaveLength(0)
  })
})
