import { getKbArticle } from '@halo/kb'
import { htmlToText } from '../../results/html-to-text.js'
import { projectRecord } from '../../results/project-record.js'
import { fieldsInput, idInput } from '../common-inputs.js'
import { defineTool } from '../halo-tool.js'

function text(record: Record<string, unknown>, htmlKey: string, textKey: string): string | undefined {
  const html = record[htmlKey]
  if (typeof html === 'string' && html !== '') return htmlToText(html)
  const plain = record[textKey]
  return typeof plain === 'string' && plain !== '' ? htmlToText(plain) : undefined
}

export const getKbArticleTool = defineTool({
  name: 'get_kb_article',
  title: 'Read a knowledge-base article',
  description: 'Read one knowledge-base article by id: its problem description and resolution as text.',
  access: 'read',
  input: { id: idInput('article'), fields: fieldsInput },
  async run(input, { api, signal }) {
    const article = (await getKbArticle(api.core, { id: input.id }, { signal })) as Record<string, unknown>
    const value = projectRecord(article, ['id', 'name', 'date_created', 'date_edited'], input.fields)
    if (!input.fields?.includes('*')) {
      const description = text(article, 'description_html', 'description')
      const resolution = text(article, 'resolution_html', 'resolution')
      if (description !== undefined) value.description = description
      if (resolution !== undefined) value.resolution = resolution
      const lists = article.faqlists
      if (Array.isArray(lists)) value.faq_lists = lists.map((list) => projectRecord(list, ['id', 'name']))
    }
    return { value }
  },
})
