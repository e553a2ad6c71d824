import {
  deleteMethods,
  getMethods,
  type HaloCore,
  type HaloList,
  type ListControls,
  mapHaloList,
  type RequestOptions,
  writeMethods,
} from '@halo/core'
import {
  deleteFaqList,
  type FaqList,
  getFaqList,
  type ListFaqListsParams,
  listFaqListsOperation,
  upsertFaqLists,
} from '../../generated/index.js'
import { type FaqListRecord, faqListRecord } from './faq-list-record.js'

/**
 * FAQ lists (Halo's `FAQListHead`, `/FAQLists`): the groups KB articles are filed under.
 * `/FAQLists` takes no `search`, so there is no `search` method.
 */
export function faqLists(core: HaloCore) {
  const decorate = (faqList: FaqList): FaqListRecord => faqListRecord(core, faqList)
  return {
    /**
     * Every FAQ list. Halo answers a bare array (no paging). This reads the operation's descriptor through
     * `core.list`, which accepts a bare array or an envelope, rather than the generated `listFaqLists`,
     * whose return type has changed between generator versions (one record, then a `HaloList`).
     */
    list(
      params?: ListFaqListsParams & Readonly<ListControls>,
      options?: RequestOptions,
    ): HaloList<FaqListRecord> {
      return mapHaloList(core.list<FaqList>(listFaqListsOperation, params, options), decorate)
    },
    ...getMethods(core, getFaqList, decorate),
    ...writeMethods(core, upsertFaqLists, decorate),
    ...deleteMethods(core, deleteFaqList),
  }
}

export type FaqListsResource = ReturnType<typeof faqLists>
