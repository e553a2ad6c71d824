import type { OperationDescriptor } from '@halo/core'
import { fetchPage } from '../api/fetch-page.js'
import { pageAnswer } from '../results/page-answer.js'
import { projectRecord } from '../results/project-record.js'
import { DEFAULT_PAGE_SIZE, fieldsInput, pageInput, pageSizeInput } from './common-inputs.js'
import type { ToolAnswer, ToolContext } from './halo-tool.js'

/** The paging and field inputs every list tool takes, as input schemas: spread them last into `input`. */
export const listInputs = { page: pageInput, page_size: pageSizeInput, fields: fieldsInput }

/** The values of `listInputs`. */
export interface ListInput {
  readonly page?: number | undefined
  readonly page_size?: number | undefined
  readonly fields?: readonly string[] | undefined
}

/** One page of a list operation, compact, with the continuation note. */
export async function listPage(
  toolName: string,
  descriptor: OperationDescriptor,
  params: Readonly<Record<string, unknown>>,
  input: ListInput,
  defaults: readonly string[],
  { api, signal }: ToolContext,
): Promise<ToolAnswer> {
  const page = await fetchPage(
    api.core,
    descriptor,
    params,
    input.page ?? 1,
    input.page_size ?? DEFAULT_PAGE_SIZE,
    signal,
  )
  return pageAnswer(toolName, page, (record) => projectRecord(record, defaults, input.fields))
}
