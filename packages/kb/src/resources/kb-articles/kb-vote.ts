import type { HaloCore, RequestOptions } from '@halo/core'
import { type KbArticle, voteKbArticles } from '../../generated/index.js'

/** A reader's vote on an article. */
export interface KbVote {
  /** `true`: the article helped; `false`: it did not. */
  readonly helpful: boolean
  /** Sent as `your_comment`. */
  readonly comment?: string | undefined
  /**
   * Extra wire fields merged into the posted entry last. An escape hatch while Halo's vote field is
   * unverified: if your Halo counts votes from another field, send it here (e.g. `{ your_vote: 2 }`).
   */
  readonly fields?: Readonly<KbArticle> | undefined
}

/**
 * The entry POSTed to `/KBArticle/vote` for one vote.
 *
 * Halo's vote field is unverified (docs/halo-api.md, "Knowledge base"): the spec's `KBEntry` has
 * `your_vote` (an integer) and `your_comment`, while the one working integration seen sends
 * `useful: true|false`, a field the spec does not list. Both are sent, so either reading counts the vote
 * once: `useful` as that integration does, and
 * `your_vote` as 1 (helpful) or -1 (not helpful). The -1 is the least certain part; `fields` overrides it.
 */
export function kbVoteEntry(articleId: number, vote: KbVote): KbArticle & { readonly useful: boolean } {
  if (typeof vote?.helpful !== 'boolean') {
    throw new TypeError('vote({ helpful }): helpful must be true or false')
  }
  return {
    useful: vote.helpful,
    your_vote: vote.helpful ? 1 : -1,
    ...(vote.comment === undefined ? {} : { your_comment: vote.comment }),
    ...vote.fields,
    // Last, so `fields` cannot redirect the vote to another article.
    id: articleId,
  }
}

/**
 * Votes on one article. Answers the article as Halo returns it after the vote, or `undefined` when Halo
 * answers without a body (the spec documents none).
 */
export async function voteOnKbArticle(
  core: HaloCore,
  articleId: number,
  vote: KbVote,
  options?: RequestOptions,
): Promise<KbArticle | undefined> {
  const answer: unknown = await voteKbArticles(core, { body: [kbVoteEntry(articleId, vote)] }, options)
  const article = Array.isArray(answer) ? answer[0] : answer
  return typeof article === 'object' && article !== null ? (article as KbArticle) : undefined
}
