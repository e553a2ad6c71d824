import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { faqLists } from '../../src/index.js'

const { mock, core } = useHaloMock()

describe('faqLists(core)', () => {
  it('lists every FAQ list (a bare array in Halo) as records', async () => {
    const lists = await faqLists(core()).list()
    expect(lists.map((l) => l.name)).toEqual(mock.state.faqLists.filter(() => true).map((l) => l.name))
    expect(typeof lists[0]?.listArticles).toBe('function')
    expect(apiRequests(mock, 'GET /FAQLists')).toHaveLength(1)
  })

  it('has no search: /FAQLists takes no search parameter', () => {
    expect('search' in faqLists(core())).toBe(false)
  })

  it('gets, creates, updates, refreshes and deletes', async () => {
    const security = await faqLists(core()).get(seed.faqListId)
    expect(security.name).toBe('Accounts & Security')
    const created = await faqLists(core()).create({ name: 'Hardware' })
    expect(mock.state.faqLists.get(created.id ?? 0)?.name).toBe('Hardware')
    const renamed = await faqLists(core()).update(created.id ?? 0, { name: 'Hardware & Devices' })
    expect(renamed.name).toBe('Hardware & Devices')
    expect((await created.refresh()).name).toBe('Hardware & Devices')
    await (await created.update({ name: 'Devices' })).delete()
    expect(mock.state.faqLists.get(created.id ?? 0)).toBeUndefined()
  })

  it('listArticles lists the articles filed under the FAQ list', async () => {
    const security = await faqLists(core()).get(seed.faqListId)
    const articles = await security.listArticles()
    const expected = mock.state.kbArticles.filter(
      (a) => a.inactive !== true && (a.faqlists as { id: number }[]).some((f) => f.id === seed.faqListId),
    )
    expect(articles.map((a) => a.id)).toEqual(expected.map((a) => a.id))
    expect(apiRequests(mock, 'GET /KBArticle')[0]?.query.faqlists).toBe(String(seed.faqListId))
  })
})
