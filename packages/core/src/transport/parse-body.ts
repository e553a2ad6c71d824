import { safeDestr } from 'destr'

/** What a response body turned out to be. Nothing is assumed from the status or content type alone. */
export type ParsedBody =
  | { readonly kind: 'empty' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'html'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'invalid-json'; readonly text: string; readonly reason: string }

/** JSON.parse's reviver for a text destr declined: keys that would reach a prototype are dropped. */
function dropPrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') return undefined
  if (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value)
    return undefined
  return value
}

/**
 * JSON through destr (the parser ofetch uses), in its strict mode: it throws on what is not JSON, so
 * a malformed answer is told apart from text. destr also refuses, rather than parses, a text whose
 * keys could reach a prototype (`__proto__`, `constructor`, `\u` escapes of them included); such a
 * text is parsed here with those keys dropped (destr's lenient mode would drop them too, but writes
 * to the console and answers invalid JSON with the text itself).
 */
function parseJson(text: string): unknown {
  try {
    return safeDestr(text)
  } catch (error) {
    if (error instanceof Error && error.message.includes('prototype pollution'))
      return JSON.parse(text, dropPrototypeKeys)
    throw error
  }
}

const HTML_START = /^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|title[\s>])/i
const JSON_TYPE = /^application\/([\w.+-]*\+)?json|^text\/json/i

/**
 * Reads text as Halo's answer: empty, JSON (prototype keys dropped), an HTML page (a proxy, a
 * login page, a wrong baseUrl), or plain text. Only a `text/plain`-style answer stays text; a body
 * that claims JSON, or claims nothing, and does not parse is `invalid-json`.
 */
export function parseBodyText(text: string, contentType: string | null): ParsedBody {
  if (text.trim() === '') return { kind: 'empty' }
  if (HTML_START.test(text)) return { kind: 'html', text }
  try {
    // Valid JSON is the answer even when labelled text/html (some IIS setups do): the label lies.
    return { kind: 'json', value: parseJson(text) }
  } catch (error) {
    if (/^text\/html/i.test(contentType ?? '')) return { kind: 'html', text }
    const declaredText = contentType !== null && contentType !== '' && !JSON_TYPE.test(contentType)
    if (declaredText) return { kind: 'text', text }
    return { kind: 'invalid-json', text, reason: error instanceof Error ? error.message : String(error) }
  }
}
