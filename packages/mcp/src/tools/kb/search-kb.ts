import { listKbArticlesOperation } from '@halo/kb'
import { z } from 'zod'
import { htmlToText } from '../../results/html-to-text.js'
import { KB_FIELDS } from '../compact-fields.js'
import { defineTool } from '../halo-tool.js'
import { listInputs, listPage } from '../list-tool.js'

export const searchKbTool = defineTool({
  name: 'search_kb',
  title: 'Search the knowledge base',
  description:
    'Find knowledge-base articles (how-tos, known fixes) by words, e.g. before answering a ticket. Use get_kb_article to read one.',
  access: 'read',
  input: {
    query: z.string().min(1).describe('Words to search article titles and text for'),
    ...listInputs,
  },
  async run(input, context) {
    const answer = await listPage(
      'search_kb',
      listKbArticlesOperation,
      { search: input.query },
      input,
      KB_FIELDS,
      context,
    )
    const value = answer.value as { records: Record<string, unknown>[] }
    for (const article of value.records) {
      if (typeof article.description === 'string') article.description = htmlToText(article.description)
    }
    return answer
  },
})
