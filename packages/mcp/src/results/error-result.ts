import { isHaloError, NameLookupError, type Redactor } from '@halo/core'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { ToolRefusal } from './tool-refusal.js'

/**
 * The one line a model reads when a tool fails: the library's message (which says what to check),
 * never a stack, scrubbed of secrets.
 */
export function describeToolError(error: unknown): string {
  if (error instanceof ToolRefusal) return error.message
  if (isHaloError(error)) return `${error.name}: ${error.message}`
  if (error instanceof NameLookupError) return `${error.message} Use the lookup tool to list the names.`
  if (error instanceof TypeError || error instanceof RangeError) return `Invalid input: ${error.message}`
  if (error instanceof Error) return `${error.name}: ${error.message}`
  return `Unexpected failure: ${String(error)}`
}

/** A failed call as an MCP tool error (`isError: true`), so the model sees it and can correct itself. */
export function errorToolResult(error: unknown, redactor: Redactor): CallToolResult {
  return { content: [{ type: 'text', text: redactor.redactString(describeToolError(error)) }], isError: true }
}
