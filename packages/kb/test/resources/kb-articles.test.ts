import { isHaloResourceNotFound } from '@halo/core'
import { seed } from '@halo/mock'
import { apiRequests, useHaloMock } from '@halo/test-support'
import { describe, expect, it } from 'vitest'
import { kbArticles } from '../../src/index.js'

const { mock, core } = useHaloMock()

const counts = (id: number) => {
  const article = mock.state.kbArticles.get(id)
  return { useful: article?.useful_count, notUseful: article?.notuseful_count }
}

describe('kbArticles(core).list and search', () => {
  it('lists every active article from the articles envelope', async () => {
    const articles = await kbArticles(core()).list()
    expect(articles.map((a) => a.id)).toEqual(
      mock.state.kbArticles.filter((a) => a.inactive !== true).map((a) => a.id),
    )
    expect(apiRequests(mock, 'GET /KBArticle')[0]?.query.pageinate).toBe('true')
  })

  it("search('password reset') sends Halo's search filter (contract row)", async () => {
    const found = await kbArticles(core()).search('password reset')
    const expected = mock.state.kbArticles.filter((a) =>
      ['name', 'description', 'resolution', 'tag_string'].some((f) =>
        String(a[f] ?? '')
          .toLowerCase()
          .includes('password reset'),
      ),
    )
    expect(found.map((a) => a.id)).toEqual(expected.map((a) => a.id))
    expect(apiRequests(mock, 'GET /KBArticle')[0]?.query.search).toBe('password reset')
  })

  it('search finds articles by a word and honours limit', async () => {
    const found = await kbArticles(core()).search('password', { limit: 2 })
    expect(found).toHaveLength(2)
    expect(found.every((a) => /password/i.test(`${a.name} ${a.description} ${a.tag_string}`))).toBe(true)
  })

  it('filters by FAQ list with the wire name', async () => {
    const found = await kbArticles(core()).list({ faqlists: String(seed.faqListId) })
    expect(found.length).toBeGreaterThan(0)
    expect(found.every((a) => (a.faqlists ?? []).some((f) => f.id === seed.faqListId))).toBe(true)
  })
})

describe('kbArticles(core) get / create / update / delete', () => {
  it('gets one article, with helpers that are not enumerable', async () => {
    const article = await kbArticles(core()).get(seed.kbArticleId, { includedetails: true })
    expect(article.name).toBe('Reset your password with self-service')
    expect(Object.keys(article)).not.toContain('vote')
    expect(JSON.parse(JSON.stringify(article))).toEqual(mock.state.kbArticles.get(seed.kbArticleId))
  })

  it('creates, updates (resource and record), refreshes and deletes', async () => {
    const created = await kbArticles(core()).create({
      name: 'Printer offline',
      description: 'Check the cable.',
    })
    expect(mock.state.kbArticles.get(created.id ?? 0)?.name).toBe('Printer offline')
    const viaResource = await kbArticles(core()).update(created.id ?? 0, {
      description: 'Check the cable first.',
    })
    expect(viaResource.description).toBe('Check the cable first.')
    const viaRecord = await created.update({ name: 'Printer shows offline' })
    expect(viaRecord.name).toBe('Printer shows offline')
    mock.state.kbArticles.update(created.id ?? 0, { view_count: 42 })
    expect((await created.refresh()).view_count).toBe(42)
    await viaRecord.delete()
    const error = await kbArticles(core())
      .get(created.id ?? 0)
      .catch((e: unknown) => e)
    expect(isHaloResourceNotFound(error)).toBe(true)
  })

  it('deletes by id on the resource', async () => {
    await kbArticles(core()).delete(12)
    expect(mock.state.kbArticles.get(12)).toBeUndefined()
  })
})

describe('voting', () => {
  it('article.vote({ helpful: true }) adds one useful vote in Halo (contract row)', async () => {
    const before = counts(seed.kbArticleId)
    const article = await kbArticles(core()).get(seed.kbArticleId)
    const after = await article.vote({ helpful: true })
    expect(counts(seed.kbArticleId)).toEqual({
      useful: Number(before.useful) + 1,
      notUseful: before.notUseful,
    })
    expect(after?.useful_count).toBe(Number(before.useful) + 1)
    expect(typeof after?.vote).toBe('function')
    expect(apiRequests(mock, 'POST /KBArticle/vote')[0]?.body).toEqual([
      { id: seed.kbArticleId, useful: true, your_vote: 1 },
    ])
  })

  it('vote({ helpful: false, comment }) adds one not-useful vote and sends the comment', async () => {
    const before = counts(seed.kbArticleId)
    const article = await kbArticles(core()).get(seed.kbArticleId)
    await article.vote({ helpful: false, comment: 'Steps are out of date' })
    expect(counts(seed.kbArticleId)).toEqual({
      useful: before.useful,
      notUseful: Number(before.notUseful) + 1,
    })
    expect(mock.state.kbArticles.get(seed.kbArticleId)?.your_comment).toBe('Steps are out of date')
    expect(apiRequests(mock, 'POST /KBArticle/vote')[0]?.body).toEqual([
      { id: seed.kbArticleId, useful: false, your_vote: -1, your_comment: 'Steps are out of date' },
    ])
  })

  it('kbArticles.vote(id, { helpful }) votes without fetching the article', async () => {
    const before = counts(2)
    await kbArticles(core()).vote(2, { helpful: true })
    expect(counts(2).useful).toBe(Number(before.useful) + 1)
    expect(apiRequests(mock, 'GET /KBArticle/{id}')).toHaveLength(0)
  })

  it('fields override the vote wire fields but never the article id', async () => {
    await kbArticles(core()).vote(3, { helpful: false, fields: { your_vote: 2, id: 99 } })
    expect(apiRequests(mock, 'POST /KBArticle/vote')[0]?.body).toEqual([
      { id: 3, useful: false, your_vote: 2 },
    ])
  })

  it('refuses a vote without a boolean helpful before any request', async () => {
    await expect(kbArticles(core()).vote(1, { helpful: 'yes' } as never)).rejects.toThrow(/helpful/)
    expect(apiRequests(mock, 'POST /KBArticle/vote')).toHaveLength(0)
  })

  it('a vote on an unknown article is HaloResourceNotFound', async () => {
    const error = await kbArticles(core())
      .vote(9999, { helpful: true })
      .catch((e: unknown) => e)
    expect(isHaloResourceNotFound(error)).toBe(true)
  })

  it('answers undefined when Halo sends no body', async () => {
    mock.faults.add({
      kind: 'status',
      status: 200,
      body: '',
      match: { method: 'POST', path: '/KBArticle/vote' },
    })
    await expect(kbArticles(core()).vote(1, { helpful: true })).resolves.toBeUndefined()
  })
})
