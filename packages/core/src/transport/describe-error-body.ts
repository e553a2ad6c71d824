import type { FieldErrors } from '../errors/halo-validation-error.js'
import type { ParsedBody } from './parse-body.js'

/** What Halo said in an error body, whatever shape it used. */
export interface ErrorBodySummary {
  readonly message: string | undefined
  readonly fieldErrors: FieldErrors | undefined
  /** OAuth2 `error` code from the authorisation server. */
  readonly oauthError: string | undefined
}

const MAX_MESSAGE = 300

/**
 * One line, not yet clipped: a message is clipped only after it is redacted (see `clipMessage`),
 * since a secret cut in two would no longer match and its first part would leak.
 */
function clip(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** A redacted message cut to a readable length. */
export function clipMessage(text: string): string {
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function messagesOf(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string')) {
    return value as string[]
  }
  return undefined
}

/** `{ "summary": ["required"], "[0].id": "bad" }`: every value a message or a list of messages. */
function fieldKeyed(value: Record<string, unknown>): FieldErrors | undefined {
  const entries = Object.entries(value)
  if (entries.length === 0) return undefined
  const errors: Record<string, readonly string[]> = {}
  for (const [field, messages] of entries) {
    const list = messagesOf(messages)
    if (list === undefined) return undefined
    errors[field] = list
  }
  return errors
}

function summarizeFields(errors: FieldErrors): string {
  return Object.entries(errors)
    .map(([field, messages]) => `${field}: ${messages.join(', ')}`)
    .join('; ')
}

function summarizeObject(body: Record<string, unknown>): ErrorBodySummary {
  const oauthError = stringOf(body.error)
  // ASP.NET problem details: { title, errors: { field: [...] } }
  const nested =
    typeof body.errors === 'object' && body.errors !== null && !Array.isArray(body.errors)
      ? fieldKeyed(body.errors as Record<string, unknown>)
      : undefined
  const message =
    stringOf(body.Message) ??
    stringOf(body.message) ??
    stringOf(body.errorMessage) ??
    stringOf(body.error_description) ??
    stringOf(body.title) ??
    oauthError
  if (message !== undefined) {
    const className = stringOf(body.ClassName)
    const text =
      className !== undefined && !message.includes(className) ? `${message} (${className})` : message
    return { message: clip(text), fieldErrors: nested, oauthError }
  }
  if (nested !== undefined) return { message: clip(summarizeFields(nested)), fieldErrors: nested, oauthError }
  const fields = fieldKeyed(body)
  if (fields !== undefined) return { message: clip(summarizeFields(fields)), fieldErrors: fields, oauthError }
  return { message: undefined, fieldErrors: undefined, oauthError }
}

/**
 * Finds the message in Halo's error shapes: `{ClassName, Message}`, `{Message}`,
 * `{error, error_description}`, `{resultCode, errorMessage}`, objects keyed by field, plain text.
 */
export function describeErrorBody(body: ParsedBody): ErrorBodySummary {
  const none = { message: undefined, fieldErrors: undefined, oauthError: undefined }
  switch (body.kind) {
    case 'empty':
      return none
    case 'html':
      return none
    case 'text':
    case 'invalid-json':
      return { ...none, message: clip(body.text) }
    case 'json': {
      let value = body.value
      if (Array.isArray(value) && value.length > 0) value = value[0]
      if (typeof value === 'string') return { ...none, message: clip(value) }
      if (typeof value === 'object' && value !== null)
        return summarizeObject(value as Record<string, unknown>)
      return none
    }
  }
}
