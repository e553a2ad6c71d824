import type { HaloCore, RequestOptions } from '@halo/core'
import { type HaloRecord, type RecordHelpers, recordDecorator } from '@halo/core/resource'
import {
  type DeleteKbArticleParams,
  deleteKbArticle,
  type GetKbArticleParams,
  getKbArticle,
  type KbArticle,
  upsertKbArticles,
} from '../../generated/index.js'
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
export type KbArticleHelpers = KbArticleExtras &
  RecordHelpers<KbArticle, GetKbArticleParams, DeleteKbArticleParams>

/** A knowledge base article (Halo's `KBEntry`) with helpers. */
export type KbArticleRecord = HaloRecord<KbArticle, GetKbArticleParams, DeleteKbArticleParams> &
  KbArticleExtras

export function kbArticleRecord(core: HaloCore, article: KbArticle): KbArticleRecord {
  return recordDecorator<KbArticle, GetKbArticleParams, DeleteKbArticleParams, KbArticleExtras>(
    core,
    'article',
    { get: getKbArticle, upsert: upsertKbArticles, remove: deleteKbArticle },
    (_entity, { id, decorate }) => ({
      vote: async (vote, options) => {
        const answer = await voteOnKbArticle(core, id('vote') as number, vote, options)
        return answer === undefined ? undefined : decorate(answer)
      },
    }),
  )(article)
}
