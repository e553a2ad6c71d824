import { deleteMethods, type HaloCore, type RequestOptions, withMethods, writeMethods } from '@halo/core'
import {
  deleteKbArticle,
  type GetKbArticleParams,
  getKbArticle,
  type KbArticle,
  upsertKbArticles,
} from '../../generated/index.js'
import { recordId } from '../record-id.js'
import { type KbVote, voteOnKbArticle } from './kb-vote.js'

/** Helper methods of a KB article record (not enumerable). */
export interface KbArticleHelpers {
  /**
   * Votes on this article (`POST /KBArticle/vote`): `article.vote({ helpful: true })`. Answers the article
   * as Halo returns it after the vote (with its new `useful_count` / `notuseful_count`), or `undefined`
   * when Halo sends no body. See `KbVote` for the wire fields sent and why.
   */
  vote(vote: KbVote, options?: RequestOptions): Promise<KbArticleRecord | undefined>
  /** POSTs `[{ ...patch, id }]` and answers the updated article. */
  update(patch: KbArticle, options?: RequestOptions): Promise<KbArticleRecord>
  /** Deletes this article: `DELETE /KBArticle/{id}`. */
  delete(options?: RequestOptions): Promise<unknown>
  /** Fetches this article again (`includedetails: true` unless `params` say otherwise). */
  refresh(params?: Omit<GetKbArticleParams, 'id'>, options?: RequestOptions): Promise<KbArticleRecord>
}

/** A knowledge base article (Halo's `KBEntry`) with helpers. */
export type KbArticleRecord = KbArticle & KbArticleHelpers

export function kbArticleRecord(core: HaloCore, article: KbArticle): KbArticleRecord {
  const decorate = (next: KbArticle): KbArticleRecord => kbArticleRecord(core, next)
  const helpers: KbArticleHelpers = {
    vote: async (vote, options) => {
      const answer = await voteOnKbArticle(core, recordId(article, 'article.vote'), vote, options)
      return answer === undefined ? undefined : decorate(answer)
    },
    update: (patch, options) =>
      writeMethods(core, upsertKbArticles, decorate).update(
        recordId(article, 'article.update'),
        patch,
        options,
      ),
    delete: (options) =>
      deleteMethods(core, deleteKbArticle).delete(recordId(article, 'article.delete'), {}, options),
    refresh: async (params, options) =>
      decorate(
        await getKbArticle(
          core,
          { includedetails: true, ...params, id: recordId(article, 'article.refresh') },
          options,
        ),
      ),
  }
  return withMethods(article, helpers)
}
