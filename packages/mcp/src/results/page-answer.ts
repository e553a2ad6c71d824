import type { RecordPage } from '../api/fetch-page.js'
import type { ToolAnswer } from '../tools/halo-tool.js'

/**
 * A page of records as a tool answers it, with the paging facts and, when there is more, the note
 * that says how to get it.
 */
export function pageAnswer(
  toolName: string,
  page: RecordPage,
  project: (record: unknown) => unknown,
): ToolAnswer {
  const value = {
    records: page.records.map(project),
    page: page.page,
    page_size: page.pageSize,
    ...(page.total === undefined ? {} : { total: page.total }),
    has_more: page.hasMore,
  }
  const note = page.hasMore
    ? `More records: call ${toolName} again with the same arguments and page: ${page.page + 1}.`
    : undefined
  return { value, note }
}
