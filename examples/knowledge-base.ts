// Knowledge base: search articles, read one, vote on it.
import type { HaloClient } from '@halo/client'
import { runWhenMain } from './support/run-example.js'

export async function run(halo: HaloClient, log: (line: string) => void) {
  const articles = await halo.kbArticles.search('password')
  log(`"password": ${articles.length} articles`)
  for (const article of articles.slice(0, 3)) log(`  ${article.id}: ${article.name}`)

  const [best] = articles
  if (best?.id == null) throw new Error('No article about passwords')
  const article = await halo.kbArticles.get(best.id)
  await article.vote({ helpful: true })
  const after = await halo.kbArticles.get(best.id)
  log(`Voted "${after.name}" helpful: ${after.useful_count ?? 0} helpful votes`)

  const faqLists = await halo.faqLists.list()
  log(`${faqLists.length} FAQ lists: ${faqLists.map((list) => list.name).join(', ')}`)

  return { found: articles.length, articleId: best.id, usefulCount: after.useful_count }
}

await runWhenMain(import.meta.url, run)
