// Search: one resource at a time, or tickets, assets, KB articles and users at once.
import type { HaloClient } from '@halo/client'
import { runWhenMain } from './support/run-example.js'

export async function run(halo: HaloClient, log: (line: string) => void) {
  const tickets = await halo.tickets.search('outlook', { limit: 10 })
  log(`Tickets matching "outlook": ${tickets.length}`)

  const everything = await halo.search('password', { limit: 5 })
  log(
    `"password" everywhere: ${everything.tickets.length} tickets, ${everything.assets.length} assets, ` +
      `${everything.kbArticles.length} articles, ${everything.users.length} users`,
  )
  for (const article of everything.kbArticles) log(`  KB ${article.id}: ${article.name}`)

  return {
    tickets: tickets.length,
    everywhere: {
      tickets: everything.tickets.length,
      assets: everything.assets.length,
      kbArticles: everything.kbArticles.length,
      users: everything.users.length,
    },
  }
}

await runWhenMain(import.meta.url, run)
