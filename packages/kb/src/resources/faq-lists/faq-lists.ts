import type { HaloCore } from '@halo/core'
import { crudMethods } from '@halo/core/resource'
import {
  deleteFaqList,
  type FaqList,
  getFaqList,
  listFaqLists,
  upsertFaqLists,
} from '../../generated/index.js'
import { type FaqListRecord, faqListRecord } from './faq-list-record.js'

/**
 * FAQ lists (Halo's `FAQListHead`, `/FAQLists`): the groups KB articles are filed under.
 * `/FAQLists` takes no `search`, so there is no `search` method.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { faqLists } from '@halo/kb'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const lists = await faqLists(core).list()
 * const security = lists.find((list) => list.name === 'Accounts & Security')
 * const articles = security ? await security.listArticles() : []
 * ```
 */
export function faqLists(core: HaloCore) {
  const decorate = (faqList: FaqList): FaqListRecord => faqListRecord(core, faqList)
  return {
    // Every FAQ list; Halo answers a bare array (no paging).
    ...crudMethods(
      core,
      { list: listFaqLists, get: getFaqList, upsert: upsertFaqLists, remove: deleteFaqList },
      decorate,
    ),
  }
}

export type FaqListsResource = ReturnType<typeof faqLists>
