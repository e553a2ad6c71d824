import type { RequestOptions } from '@halo/core'
import { type CrudRecordHelpersOf, type CrudRecordOf, defineCrudResource } from '@halo/core/resource'
import { deleteKbArticle, getKbArticle, listKbArticles, upsertKbArticles } from '../../generated/index.js'
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

const kbArticleDefinition = defineCrudResource('article', {
  list: listKbArticles,
  get: getKbArticle,
  upsert: upsertKbArticles,
  remove: deleteKbArticle,
})

/** Helper methods of a KB article record (not enumerable). */
export type KbArticleHelpers = KbArticleExtras & CrudRecordHelpersOf<typeof kbArticleDefinition>

/** A knowledge base article (Halo's `KBEntry`) with helpers. */
export type KbArticleRecord = CrudRecordOf<typeof kbArticleDefinition> & KbArticleExtras

/** KB articles with their helpers and `search`, as `kbArticles(core)` hands them out. */
export const kbArticleResource = kbArticleDefinition
  .withExtras<KbArticleExtras, KbArticleRecord>((core, _article, { id, decorate }) => ({
    vote: async (vote, options) => {
      const answer = await voteOnKbArticle(core, id('vote') as number, vote, options)
      return answer === undefined ? undefined : decorate(answer)
    },
  }))
  .searchable()
