import { z } from 'zod'
import { ToolRefusal } from '../../results/tool-refusal.js'
import { DEFAULT_PAGE_SIZE, optionalIdInput, pageInput, pageSizeInput } from '../common-inputs.js'
import { defineTool } from '../halo-tool.js'

export const runReportTool = defineTool({
  name: 'run_report',
  title: 'Run a report',
  description:
    "Run a saved Halo report by id, or a single read-only SQL SELECT against Halo's reporting database (nothing is saved), and read its rows a page at a time.",
  access: 'read',
  input: {
    report_id: optionalIdInput('The saved report to run'),
    sql: z
      .string()
      .min(1)
      .max(8000)
      .optional()
      .describe(
        "One SELECT with Halo's table and column names, e.g. SELECT TOP 10 faultid, symptom FROM faults",
      ),
    page: pageInput,
    page_size: pageSizeInput,
  },
  async run(input, { api, signal }) {
    if ((input.report_id === undefined) === (input.sql === undefined)) {
      throw new ToolRefusal('run_report: give either report_id or sql (one of them).')
    }
    const rows =
      input.report_id !== undefined
        ? await api.resources.reports.run(input.report_id, {}, { signal })
        : await api.resources.reports.runSql(input.sql ?? '', { signal })
    const page = input.page ?? 1
    const pageSize = input.page_size ?? DEFAULT_PAGE_SIZE
    const start = (page - 1) * pageSize
    const hasMore = start + pageSize < rows.length
    return {
      value: {
        records: rows.slice(start, start + pageSize),
        page,
        page_size: pageSize,
        total: rows.length,
        has_more: hasMore,
      },
      note: hasMore
        ? `More rows: call run_report again with the same arguments and page: ${page + 1}.`
        : undefined,
    }
  },
})
