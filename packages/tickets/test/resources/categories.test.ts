import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { categories } from '../../src/index.js'
import { callsTo } from './support.js'

const halo = useHaloMock({ core: { retry: false } })

describe('categories(core)', () => {
  it('list(params?) answers every category, or one tier with type_id', async () => {
    const resource = categories(halo.core())
    const all = await resource.list()
    expect(all).toHaveLength(28)
    const tier2 = await resource.list({ type_id: 2 })
    expect(tier2.map((category) => category.value)).toEqual([
      'Fixed',
      'Workaround Provided',
      'No Fault Found',
      'Duplicate',
      'User Training Given',
    ])
  })

  it('getAllTypes() answers { 1, 2, 3, 4 } with four requests', async () => {
    const byType = await categories(halo.core()).getAllTypes()
    expect(Object.keys(byType)).toEqual(['1', '2', '3', '4'])
    expect([byType[1].length, byType[2].length, byType[3].length, byType[4].length]).toEqual([13, 5, 5, 5])
    expect(byType[1].every((category) => category.type_id === 1)).toBe(true)
    expect(byType[4].map((category) => category.value)).toContain('Human Error')
    expect(
      callsTo(halo, 'GET', '/Category')
        .map((call) => call.query.type_id)
        .sort(),
    ).toEqual(['1', '2', '3', '4'])
  })

  it('getByType(3) is Category 3', async () => {
    const tier3 = await categories(halo.core()).getByType(3)
    expect(tier3.map((category) => category.value)).toEqual([
      'Email',
      'File Shares',
      'Telephony',
      'Backup',
      'Line of Business Applications',
    ])
    expect(callsTo(halo, 'GET', '/Category')[0]?.query.type_id).toBe('3')
  })

  it('getByType refuses a tier outside 1–4 without a request', () => {
    const resource = categories(halo.core())
    // @ts-expect-error 5 is not a category tier
    expect(() => resource.getByType(5)).toThrow(RangeError)
    // @ts-expect-error 0 is not a category tier
    expect(() => resource.getByType(0)).toThrow(/1, 2, 3 or 4/)
    expect(apiRequests(halo.mock)).toHaveLength(0)
  })

  it('get(id) answers one category', async () => {
    const category = await categories(halo.core()).get(seed.categoryId)
    expect(category).toMatchObject({ id: seed.categoryId, value: 'Hardware', type_id: 1 })
  })

  it('idOf(name, typeId?) matches value or name, caches per tier', async () => {
    const core = halo.core()
    expect(await categories(core).idOf('hardware>laptop')).toBe(2)
    expect(await categories(core).idOf('Laptop')).toBe(2)
    expect(callsTo(halo, 'GET', '/Category')).toHaveLength(1)
    expect(await categories(core).idOf('Email', 3)).toBe(19)
    expect(await categories(core).idOf('Backup', 3)).toBe(22)
    expect(callsTo(halo, 'GET', '/Category').map((call) => call.query.type_id)).toEqual([undefined, '3'])
    await expect(categories(core).idOf('Email', 1)).rejects.toThrow(/No category named "Email"/)
    // @ts-expect-error 7 is not a category tier
    await expect(categories(core).idOf('Email', 7)).rejects.toThrow(RangeError)
  })

  it('create, update and delete', async () => {
    const resource = categories(halo.core())
    const created = await resource.create({ value: 'Hardware>Monitor', category_name: 'Monitor', type_id: 1 })
    expect(created.id).toBeGreaterThan(28)
    const updated = await resource.update(created.id ?? 0, { category_name: 'Display' })
    expect(updated).toMatchObject({ value: 'Hardware>Monitor', category_name: 'Display' })
    await resource.delete(created.id ?? 0)
    expect(await resource.getByType(1)).toHaveLength(13)
  })
})
