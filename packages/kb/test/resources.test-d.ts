import type { HaloCore, HaloList } from '@halo/core'
import { describe, expectTypeOf, it } from 'vitest'
import {
  type FaqList,
  type FaqListRecord,
  type FaqListsResource,
  faqLists,
  type KbArticle,
  type KbArticleRecord,
  type KbArticlesResource,
  type KbVote,
  kbArticles,
} from '../src/index.js'

declare const core: HaloCore
declare const article: KbArticleRecord
declare const faqList: FaqListRecord

describe('kbArticles resource types', () => {
  it('list, search, get, create, update, delete', () => {
    expectTypeOf(kbArticles(core)).toEqualTypeOf<KbArticlesResource>()
    expectTypeOf(kbArticles(core).list({ faqlists: '1' })).toEqualTypeOf<HaloList<KbArticleRecord>>()
    expectTypeOf(kbArticles(core).search('password reset')).toEqualTypeOf<HaloList<KbArticleRecord>>()
    expectTypeOf(kbArticles(core).get(1, { includedetails: true })).toEqualTypeOf<Promise<KbArticleRecord>>()
    expectTypeOf(kbArticles(core).create({ name: 'x' })).toEqualTypeOf<Promise<KbArticleRecord>>()
    expectTypeOf(kbArticles(core).create([{ name: 'x' }])).toEqualTypeOf<Promise<KbArticleRecord[]>>()
    expectTypeOf(kbArticles(core).update(1, { name: 'y' })).toEqualTypeOf<Promise<KbArticleRecord>>()
    // @ts-expect-error faqlists is a comma-separated string of ids
    kbArticles(core).list({ faqlists: 1 })
  })

  it('vote takes { helpful, comment? } and answers the article or undefined', () => {
    expectTypeOf(article.vote({ helpful: true })).toEqualTypeOf<Promise<KbArticleRecord | undefined>>()
    expectTypeOf(kbArticles(core).vote(1, { helpful: false, comment: 'old' })).toEqualTypeOf<
      Promise<KbArticleRecord | undefined>
    >()
    expectTypeOf<KbVote['helpful']>().toEqualTypeOf<boolean>()
    // @ts-expect-error helpful is required
    article.vote({ comment: 'x' })
    // @ts-expect-error helpful is a boolean
    article.vote({ helpful: 1 })
  })

  it('records keep Halo fields', () => {
    expectTypeOf(article).toMatchTypeOf<KbArticle>()
    expectTypeOf(article.useful_count).toEqualTypeOf<number | null | undefined>()
    expectTypeOf(article.refresh()).toEqualTypeOf<Promise<KbArticleRecord>>()
  })
})

describe('faqLists resource types', () => {
  it('list/get/create/update/delete and listArticles, no search', () => {
    expectTypeOf(faqLists(core)).toEqualTypeOf<FaqListsResource>()
    expectTypeOf(faqLists(core).list()).toEqualTypeOf<HaloList<FaqListRecord>>()
    expectTypeOf(faqLists(core).get(1)).toEqualTypeOf<Promise<FaqListRecord>>()
    expectTypeOf<FaqListRecord>().toMatchTypeOf<FaqList>()
    expectTypeOf(faqList.listArticles({ limit: 5 })).toEqualTypeOf<HaloList<KbArticleRecord>>()
    expectTypeOf<FaqListsResource>().not.toHaveProperty('search')
  })
})
