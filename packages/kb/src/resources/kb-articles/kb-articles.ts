import type { HaloCore, RequestOptions } from '@halo/core'
import { type KbArticleRecord, kbArticleResource } from './kb-article-record.js'
import { type KbVote, voteOnKbArticle } from './kb-vote.js'

/**
 * Knowledge base articles (Halo's `KBEntry`, `/KBArticle`; list envelope `articles`).
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { kbArticles } from '@halo/kb'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const found = await kbArticles(core).search('password', { limit: 10 })
 * await kbArticles(core).vote(1, { helpful: false, comment: 'The screenshots are out of date' })
 * ```
 */
export function kbArticles(core: HaloCore) {
  return {
    ...kbArticleResource.methods(core),
    /** Votes on an article by id without fetching it: `kbArticles(core).vote(7, { helpful: false })`. */
    async vote(id: number, vote: KbVote, options?: RequestOptions): Promise<KbArticleRecord | undefined> {
      const answer = await voteOnKbArticle(core, id, vote, options)
      return answer === undefined ? undefined : kbArticleResource.record(core, answer)
    },
  }
}

export type KbArticlesResource = ReturnType<typeof kbArticles>
