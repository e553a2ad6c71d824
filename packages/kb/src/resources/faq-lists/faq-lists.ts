import type { HaloCore } from '@halo/core'
import { faqListResource } from './faq-list-record.js'

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
  // Every FAQ list; Halo answers a bare array (no paging).
  return faqListResource.methods(core)
}

export type FaqListsResource = ReturnType<typeof faqLists>
