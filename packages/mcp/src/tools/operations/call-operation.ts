import { z } from 'zod'
import { fetchPage } from '../../api/fetch-page.js'
import { operationDescriptor } from '../../api/halo-api.js'
import { accessOfMethod } from '../../catalog/operation-access.js'
import { catalogOperation } from '../../catalog/operation-catalog.js'
import { recordingCore } from '../../dry-run/recording-core.js'
import { pageAnswer } from '../../results/page-answer.js'
import { ToolRefusal } from '../../results/tool-refusal.js'
import { DEFAULT_PAGE_SIZE, dryRunInput, pageInput, pageSizeInput } from '../common-inputs.js'
import { defineTool } from '../halo-tool.js'
import { writeOrPlan } from '../write-or-plan.js'

export const callOperationTool = defineTool({
  name: 'call_operation',
  title: 'Call an API operation',
  description:
    'Call any Halo API operation by the name find_operations gave, with its parameters (path and query by wire name, body as `body`). Lists come back one page at a time. Writes (POST) need a server started with writes allowed, deletes one with deletes allowed; dry_run shows the request without sending it.',
  access: 'read',
  input: {
    operation: z.string().min(1).describe('The operation name, e.g. listTimesheets'),
    params: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        "Parameters by Halo's wire names, as find_operations describes them; a request body goes in body",
      ),
    page: pageInput.describe('For list operations: page number, from 1 (default 1)'),
    page_size: pageSizeInput.describe(
      `For list operations: records per page (default ${DEFAULT_PAGE_SIZE}, at most 100)`,
    ),
    dry_run: dryRunInput,
  },
  async run(input, context) {
    const operation = catalogOperation(input.operation)
    const descriptor = operationDescriptor(input.operation)
    if (!operation || !descriptor) {
      throw new ToolRefusal(`No operation named "${input.operation}". Use find_operations to find its name.`)
    }
    const params = input.params ?? {}
    const access = accessOfMethod(operation.method)
    if (access === 'delete' && !context.allowDeletes) {
      throw new ToolRefusal(
        `${operation.name} deletes (${operation.method} ${operation.path}); this server does not allow deletes (start it with allowDeletes, --allow-deletes).`,
      )
    }
    if (access === 'write' && !context.allowWrites) {
      throw new ToolRefusal(
        `${operation.name} writes (${operation.method} ${operation.path}); this server is read-only (start it with allowWrites, --allow-writes).`,
      )
    }
    if (access !== 'read') {
      // A delete allowed by allowDeletes alone still goes through the same dry-run path as a write.
      const writeContext = { ...context, allowWrites: true }
      return writeOrPlan(
        writeContext,
        input.dry_run,
        (core) => core.request(descriptor, params, { signal: context.signal }),
        (result) => ({ value: { result } }),
      )
    }
    if (input.dry_run === true) {
      const recording = recordingCore(context.api.core.apiUrl)
      await recording.core.request(descriptor, params, { signal: context.signal })
      return { value: { dry_run: true, requests: recording.requests }, note: 'Nothing was sent.' }
    }
    if (operation.list) {
      const page = await fetchPage(
        context.api.core,
        descriptor,
        params,
        input.page ?? 1,
        input.page_size ?? DEFAULT_PAGE_SIZE,
        context.signal,
      )
      return pageAnswer('call_operation', page, (record) => record)
    }
    return {
      value: { result: await context.api.core.request(descriptor, params, { signal: context.signal }) },
    }
  },
})
