import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { assetTypes } from '../../src/index.js'

const { mock, core } = useHaloMock()

describe('assetTypes(core)', () => {
  it('lists the asset types (a bare array in Halo)', async () => {
    const types = await assetTypes(core()).list()
    expect(types.map((t) => t.name)).toEqual(mock.state.assetTypes.filter(() => true).map((t) => t.name))
    expect(types.find((t) => t.id === seed.assetTypeId)?.name).toBe('Laptop')
  })

  it('has no search: /AssetType takes no search parameter', () => {
    expect('search' in assetTypes(core())).toBe(false)
  })

  it('gets, creates, updates and deletes', async () => {
    const laptop = await assetTypes(core()).get(seed.assetTypeId)
    expect(laptop.name).toBe('Laptop')
    const created = await assetTypes(core()).create({ name: 'Tablet' })
    expect(mock.state.assetTypes.get(created.id ?? 0)?.name).toBe('Tablet')
    const renamed = await created.update({ name: 'Tablet PC' })
    expect(renamed.name).toBe('Tablet PC')
    await renamed.delete()
    expect(mock.state.assetTypes.get(created.id ?? 0)).toBeUndefined()
  })

  it('refresh and listAssets on a record', async () => {
    const laptop = await assetTypes(core()).get(seed.assetTypeId)
    mock.state.assetTypes.update(seed.assetTypeId, { name: 'Notebook' })
    expect((await laptop.refresh()).name).toBe('Notebook')
    const laptops = await laptop.listAssets({ client_id: seed.clientId })
    expect(laptops.length).toBeGreaterThan(0)
    expect(laptops.every((a) => a.assettype_id === seed.assetTypeId && a.client_id === seed.clientId)).toBe(
      true,
    )
    expect(apiRequests(mock, 'GET /Asset').at(-1)?.query.assettype_id).toBe(String(seed.assetTypeId))
  })
})
