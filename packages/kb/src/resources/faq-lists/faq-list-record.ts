import type { HaloList, ListControls, RequestOptions } from '@halo/core'
import type { CrudRecordHelpersOf, CrudRecordOf } from '@halo/core/resource'
import { faqListCrud } from '../../generated/crud-definitions.js'
import type { ListKbArticlesParams } from '../../generated/index.js'
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
export type FaqListHelpers = FaqListExtras & CrudRecordHelpersOf<typeof faqListCrud>

/** An FAQ list (Halo's `FAQListHead`) with helpers. */
export type FaqListRecord = CrudRecordOf<typeof faqListCrud> & FaqListExtras

/** FAQ lists with their helpers, as `faqLists(core)` hands them out. */
export const faqListResource = /* @__PURE__ */ faqListCrud.withExtras<FaqListExtras, FaqListRecord>(
  (core, _faqList, { id }) => ({
    listArticles: (params, options) =>
      kbArticles(core).list({ ...params, faqlists: String(id('listArticles')) }, options),
  }),
)
