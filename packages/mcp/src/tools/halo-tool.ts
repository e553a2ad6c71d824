import type { z } from 'zod'
import type { HaloApi } from '../api/halo-api.js'

/** What a tool runs with. */
export interface ToolContext {
  readonly api: HaloApi
  readonly allowWrites: boolean
  readonly allowDeletes: boolean
  /** Ends when the client cancels the call. */
  readonly signal: AbortSignal
}

/** A tool's answer: JSON-able data, and a note for the model (how to get more, what happened). */
export interface ToolAnswer {
  readonly value: unknown
  readonly note?: string | undefined
}

/**
 * `read` tools are always listed; `write` tools only when the server allows writes. Deletes are not
 * curated: they go through `call_operation`, which checks `allowDeletes`.
 */
export type ToolAccess = 'read' | 'write'

/** A curated tool, typed by its input shape. */
export interface HaloToolDefinition<Shape extends z.ZodRawShape> {
  readonly name: string
  readonly title: string
  /** When to use it, in a sentence or two: models pick tools by this. */
  readonly description: string
  readonly access: ToolAccess
  readonly input: Shape
  run(input: z.infer<z.ZodObject<Shape>>, context: ToolContext): Promise<ToolAnswer>
}

/** A curated tool with its input type erased, for the registry. */
export interface HaloTool {
  readonly name: string
  readonly title: string
  readonly description: string
  readonly access: ToolAccess
  readonly input: z.ZodRawShape
  run(input: unknown, context: ToolContext): Promise<ToolAnswer>
}

/**
 * Declares a tool. The SDK validates arguments against `input` before `run` is called, which is why the
 * erased `run` may take what it is given as the parsed input.
 */
export function defineTool<Shape extends z.ZodRawShape>(definition: HaloToolDefinition<Shape>): HaloTool {
  return definition as unknown as HaloTool
}
