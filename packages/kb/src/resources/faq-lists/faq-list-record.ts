import {
  deleteMethods,
  type HaloCore,
  type HaloList,
  type ListControls,
  type RequestOptions,
  withMethods,
  writeMethods,
} from '@halo/core'
import {
  deleteFaqList,
  type FaqList,
  type GetFaqListParams,
  getFaqList,
  type ListKbArticlesParams,
  upsertFaqLists,
} from '../../generated/index.js'
import type { KbArticleRecord } from '../kb-articles/kb-article-record.js'
import { kbArticles } from '../kb-articles/kb-articles.js'
import { recordId } from '../record-id.js'

/** Helper methods of an FAQ list record. */
export interface FaqListHelpers {
  /** The articles in this FAQ list: `GET /KBArticle?faqlists=<id>`, every page. */
  listArticles(
    params?: Omit<ListKbArticlesParams, 'faqlists'> & Readonly<ListControls>,
    options?: RequestOptions,
  ): HaloList<KbArticleRecord>
  /** POSTs `[{ ...patch, id }]` and answers the updated FAQ list. */
  update(patch: FaqList, options?: RequestOptions): Promise<FaqListRecord>
  /** Deletes this FAQ list: `DELETE /FAQLists/{id}`. */
  delete(options?: RequestOptions): Promise<unknown>
  /** Fetches this FAQ list again (`includedetails: true` unless `params` say otherwise). */
  refresh(params?: Omit<GetFaqListParams, 'id'>, options?: RequestOptions): Promise<FaqListRecord>
}

/** An FAQ list (Halo's `FAQListHead`) with helpers. */
export type FaqListRecord = FaqList & FaqListHelpers

export function faqListRecord(core: HaloCore, faqList: FaqList): FaqListRecord {
  const decorate = (next: FaqList): FaqListRecord => faqListRecord(core, next)
  const helpers: FaqListHelpers = {
    listArticles: (params, options) =>
      kbArticles(core).list(
        { ...params, faqlists: String(recordId(faqList, 'faqList.listArticles')) },
        options,
      ),
    update: (patch, options) =>
      writeMethods(core, upsertFaqLists, decorate).update(
        recordId(faqList, 'faqList.update'),
        patch,
        options,
      ),
    delete: (options) =>
      deleteMethods(core, deleteFaqList).delete(recordId(faqList, 'faqList.delete'), {}, options),
    refresh: async (params, options) =>
      decorate(
        await getFaqList(
          core,
          { includedetails: true, ...params, id: recordId(faqList, 'faqList.refresh') },
          options,
        ),
      ),
  }
  return withMethods(faqList, helpers)
}
