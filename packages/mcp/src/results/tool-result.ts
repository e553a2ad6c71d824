import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import { capValue } from './cap-value.js'

/** Room kept for the note and its key when a value is capped. */
const NOTE_ROOM = 400

/**
 * A tool's answer as compact JSON text, capped at `maxChars`. A note (the tool's own, and the cap's
 * when it cut something) goes into the JSON as `note`, so the model reads it with the data.
 */
export function jsonToolResult(value: unknown, maxChars: number, note?: string): CallToolResult {
  const capped = capValue(value, Math.max(1_000, maxChars - NOTE_ROOM))
  const notes = [note, capped.note].filter((text): text is string => text !== undefined)
  const payload =
    notes.length === 0
      ? capped.value
      : typeof capped.value === 'object' && capped.value !== null && !Array.isArray(capped.value)
        ? { ...(capped.value as Record<string, unknown>), note: notes.join(' ') }
        : { result: capped.value, note: notes.join(' ') }
  return { content: [{ type: 'text', text: JSON.stringify(payload) }] }
}
