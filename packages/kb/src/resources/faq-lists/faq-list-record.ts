import type { HaloList, ListControls, RequestOptions } from '@halo/core'
import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import {
  deleteFaqList,
  getFaqList,
  type ListKbArticlesParams,
  listFaqLists,
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

const faqListDefinition = defineCrudResource('faqList', {
  list: listFaqLists,
  get: getFaqList,
  upsert: upsertFaqLists,
  remove: deleteFaqList,
})

/** Helper methods of an FAQ list record. */
export type FaqListHelpers = FaqListExtras & CrudRecordHelpersOf<typeof faqListDefinition>

/** An FAQ list (Halo's `FAQListHead`) with helpers. */
export type FaqListRecord = CrudRecordOf<typeof faqListDefinition> & FaqListExtras

/** FAQ lists with their helpers, as `faqLists(core)` hands them out. */
export const faqListResource = faqListDefinition.withExtras<FaqListExtras, FaqListRecord>(
  (core, _faqList, { id }) => ({
    listArticles: (params, options) =>
      kbArticles(core).list({ ...params, faqlists: String(id('listArticles')) }, options),
  }),
)
