import { z } from 'zod'
import { projectRecord } from '../results/project-record.js'
import { ASSET_FIELDS, TICKET_FIELDS, USER_FIELDS } from './compact-fields.js'
import { defineTool } from './halo-tool.js'

const DEFAULT_PER_KIND = 5

export const searchTool = defineTool({
  name: 'search',
  title: 'Search Halo',
  description:
    'Search tickets, assets, knowledge-base articles and users at once by words (a name, an email, a tag, an error message). Start here when you do not know where something is.',
  access: 'read',
  input: {
    query: z.string().min(1).describe('Words to search for'),
    limit: z
      .number()
      .int()
      .min(1)
      .max(25)
      .optional()
      .describe(`Most records per kind (default ${DEFAULT_PER_KIND})`),
  },
  async run(input, { api, signal }) {
    const limit = input.limit ?? DEFAULT_PER_KIND
    const { resources } = api
    const options = { signal }
    // The four searches run together; one failing fails the call (a partial answer would read as "no matches").
    const [tickets, assets, kbArticles, users] = await Promise.all([
      resources.tickets.search(input.query, { limit }, options),
      resources.assets.search(input.query, { limit }, options),
      resources.kbArticles.search(input.query, { limit }, options),
      resources.users.search(input.query, { limit }, options),
    ])
    return {
      value: {
        tickets: tickets.map((ticket) => projectRecord(ticket, TICKET_FIELDS)),
        assets: assets.map((asset) => projectRecord(asset, ASSET_FIELDS)),
        kb_articles: kbArticles.map((article) => projectRecord(article, ['id', 'name'])),
        users: users.map((user) => projectRecord(user, USER_FIELDS)),
      },
      note: `At most ${limit} of each kind; list_tickets, list_assets, search_kb and list_users page through more.`,
    }
  },
})
