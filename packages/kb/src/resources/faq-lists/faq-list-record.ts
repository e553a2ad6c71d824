import type { HaloCore, HaloList, ListControls, RequestOptions } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type DeleteFaqListParams,
  deleteFaqList,
  type FaqList,
  type GetFaqListParams,
  getFaqList,
  type ListKbArticlesParams,
  upsertFaqLists,
} from '../../generated/index.js'
import type { KbArticleRecord } from '../kb-articles/kb-article-record.js'
import { kbArticles } from '../kb-articles/kb-articles.js'

/** The helper an FAQ list adds to `update`, `delete` and `refresh`. */
export interface FaqListExtras {
  /** The articles in this FAQ list: `GET /KBArticle?faqlists=<id>`, every page. */
  listArticles(
    params?: Omit<ListKbArticlesParams, 'faqlists'> & Readonly<ListControls>,
    options?: RequestOptions,
  ): HaloList<KbArticleRecord>
}

/** Helper methods of an FAQ list record. */
export type FaqListHelpers = FaqListExtras & RecordHelpers<FaqList, GetFaqListParams, DeleteFaqListParams>

/** An FAQ list (Halo's `FAQListHead`) with helpers. */
export type FaqListRecord = HaloRecord<FaqList, GetFaqListParams, DeleteFaqListParams> & FaqListExtras

export function faqListRecord(core: HaloCore, faqList: FaqList): FaqListRecord {
  return recordDecorator<FaqList, GetFaqListParams, DeleteFaqListParams, FaqListExtras>(
    core,
    'faqList',
    { get: getFaqList, upsert: upsertFaqLists, remove: deleteFaqList },
    (_entity, { id }) => ({
      listArticles: (params, options) =>
        kbArticles(core).list({ ...params, faqlists: String(id('listArticles')) }, options),
    }),
  )(faqList)
}
