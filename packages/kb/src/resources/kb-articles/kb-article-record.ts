import type { RequestOptions } from '@halo/core'
import type { CrudRecordHelpersOf, CrudRecordOf } from '@halo/core/resource'
import { kbArticleCrud } from '../../generated/crud-definitions.js'
import { type KbVote, voteOnKbArticle } from './kb-vote.js'

/** The helper a KB article adds to `update`, `delete` and `refresh`. */
export interface KbArticleExtras {
  /**
   * Votes on this article (`POST /KBArticle/vote`): `article.vote({ helpful: true })`. Answers the article
   * as Halo returns it after the vote (with its new `useful_count` / `notuseful_count`), or `undefined`
   * when Halo sends no body. See `KbVote` for the wire fields sent and why.
   */
  vote(vote: KbVote, options?: RequestOptions): Promise<KbArticleRecord | undefined>
}

/** Helper methods of a KB article record (not enumerable). */
export type KbArticleHelpers = KbArticleExtras & CrudRecordHelpersOf<typeof kbArticleCrud>

/** A knowledge base article (Halo's `KBEntry`) with helpers. */
export type KbArticleRecord = CrudRecordOf<typeof kbArticleCrud> & KbArticleExtras

/** KB articles with their helpers and `search`, as `kbArticles(core)` hands them out. */
export const kbArticleResource = /* @__PURE__ */ kbArticleCrud
  .withExtras<KbArticleExtras, KbArticleRecord>((core, _article, { id, decorate }) => ({
    vote: async (vote, options) => {
      const answer = await voteOnKbArticle(core, id('vote') as number, vote, options)
      return answer === undefined ? undefined : decorate(answer)
    },
  }))
  .searchable()
