import { z } from 'zod'
import { accessOfMethod } from '../../catalog/operation-access.js'
import { type CatalogOperation, catalogOperation } from '../../catalog/operation-catalog.js'
import { parametersSchema } from '../../catalog/parameters-schema.js'
import { searchOperations, wordsOf } from '../../catalog/search-operations.js'
import { ToolRefusal } from '../../results/tool-refusal.js'
import { defineTool } from '../halo-tool.js'

/** Query parameters shown per operation in a search answer; the rest on request by name. */
const MAX_PARAMETERS = 25

function describe(operation: CatalogOperation, queryWords: readonly string[], full: boolean) {
  const query = operation.parameters.filter((p) => p.in === 'query')
  // Long filter lists (listTickets has 200) keep the parameters the query names, then the documented ones.
  const relevant = new Set(
    full
      ? query.map((p) => p.name)
      : [
          ...new Set([
            ...query.filter((p) => queryWords.some((word) => p.name.includes(word))),
            ...query.filter((p) => p.description !== ''),
            ...query,
          ]),
        ]
          .slice(0, MAX_PARAMETERS)
          .map((p) => p.name),
  )
  const hidden = query.length - relevant.size
  return {
    name: operation.name,
    method: operation.method,
    path: operation.path,
    access: accessOfMethod(operation.method),
    tag: operation.tag,
    ...(operation.summary === '' ? {} : { summary: operation.summary }),
    ...(operation.description === '' ? {} : { description: operation.description }),
    ...(operation.list ? { list: true } : {}),
    params: parametersSchema(operation, { keep: (p) => relevant.has(p.name) }),
    ...(hidden > 0
      ? {
          more_params: `${hidden} more query parameters: find_operations with operation: "${operation.name}" lists all`,
        }
      : {}),
  }
}

export const findOperationsTool = defineTool({
  name: 'find_operations',
  title: 'Find API operations',
  description:
    "Search all 1216 Halo API operations by words (e.g. 'timesheet', 'contract renewal', 'invoice lines') and get each one's name, method, path and parameter schema, to call with call_operation. Use it when no other tool covers what you need.",
  access: 'read',
  input: {
    query: z.string().min(1).optional().describe('Words describing what you want to do or read'),
    operation: z
      .string()
      .min(1)
      .optional()
      .describe('An operation name, to get that one operation with every parameter'),
    access: z
      .enum(['read', 'write', 'delete'])
      .optional()
      .describe('Only operations that read (GET), write (POST) or delete (DELETE)'),
    limit: z.number().int().min(1).max(25).optional().describe('Most operations to return (default 8)'),
  },
  async run(input) {
    if (input.operation !== undefined) {
      const operation = catalogOperation(input.operation)
      if (!operation)
        throw new ToolRefusal(`No operation named "${input.operation}". Search with query instead.`)
      return { value: { operations: [describe(operation, [], true)] } }
    }
    if (input.query === undefined)
      throw new ToolRefusal('find_operations: give query (words) or operation (a name).')
    const matches = searchOperations(input.query, { access: input.access, limit: input.limit ?? 8 })
    const words = wordsOf(input.query)
    return {
      value: { operations: matches.map((match) => describe(match.operation, words, false)) },
      note:
        matches.length === 0
          ? 'No operation matched; try other words (Halo calls tickets Faults, clients Area, assets Device, agents Uname).'
          : 'Call one with call_operation { operation, params }.',
    }
  },
})
