// Knowledge base: `/KBArticle` (envelope `articles`, `search`), votes, FAQ lists.
import { json, notFound } from '../http/respond.js'
import type { RouteTable } from '../http/route-table.js'
import type { RouteHandler } from '../mock/context.js'
import type { HaloRecord } from '../store/collection.js'
import { type Fields, postedItems, registerCrud } from './crud.js'

/**
 * Vote direction. The live field is unverified (docs/halo-api.md, "Knowledge base"): `useful: true|false`,
 * `helpful`, or `your_vote` (1 useful, -1 or 2 not useful) are all accepted.
 */
function voteDirection(input: Fields): 'up' | 'down' | undefined {
  const flag = input.useful ?? input.helpful
  if (flag === true || flag === 'true') return 'up'
  if (flag === false || flag === 'false') return 'down'
  const vote = Number(input.your_vote ?? Number.NaN)
  if (vote === 1) return 'up'
  if (vote === -1 || vote === 2) return 'down'
  return undefined
}

export function registerKnowledgeBase(table: RouteTable<RouteHandler>): void {
  table.add('POST', '/KBArticle/vote', (ctx) => {
    const posted = postedItems(ctx)
    if (posted instanceof Response) return posted
    const results: HaloRecord[] = []
    for (const input of posted.items) {
      const id = Number(input.id ?? 0)
      const article = ctx.state.kbArticles.get(id)
      if (!article) return notFound('KB Article', id)
      const direction = voteDirection(input)
      const patch: Fields = { your_vote: direction === 'up' ? 1 : direction === 'down' ? -1 : 0 }
      if (direction === 'up') patch.useful_count = Number(article.useful_count ?? 0) + 1
      if (direction === 'down') patch.notuseful_count = Number(article.notuseful_count ?? 0) + 1
      if (typeof input.your_comment === 'string') patch.your_comment = input.your_comment
      results.push(ctx.state.kbArticles.update(id, patch) as HaloRecord)
    }
    return json(posted.single ? results[0] : results)
  })

  registerCrud(table, {
    path: '/KBArticle',
    label: 'KB Article',
    store: (s) => s.kbArticles,
    list: {
      key: 'articles',
      hidesInactive: true,
      filters: {
        type: 'type',
        faqlists: (a, v) =>
          ((a.faqlists as HaloRecord[] | undefined) ?? []).some((f) => v.split(',').includes(String(f.id))),
      },
      search: ['name', 'description', 'resolution', 'tag_string'],
      view: (a, ctx) => {
        if (ctx.query.bool('includedetails')) return a
        const { resolution_html: _r, description_html: _d, ...rest } = a
        return rest
      },
    },
    prepareCreate: (input, ctx) => ({
      type: 0,
      inactive: false,
      view_count: 0,
      useful_count: 0,
      notuseful_count: 0,
      your_vote: 0,
      faqlists: [],
      date_created: new Date(ctx.now()).toISOString(),
      ...input,
    }),
  })

  registerCrud(table, {
    path: '/FAQLists',
    label: 'FAQ List',
    store: (s) => s.faqLists,
    list: { search: ['name'] },
  })
}
