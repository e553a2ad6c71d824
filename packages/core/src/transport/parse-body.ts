import { startsAsHtml } from './html-start.js'
import { parseJson } from './parse-json.js'

/** What a response body turned out to be. Nothing is assumed from the status or content type alone. */
export type ParsedBody =
  | { readonly kind: 'empty' }
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'html'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'invalid-json'; readonly text: string; readonly reason: string }

const JSON_TYPE = /^application\/([\w.+-]*\+)?json|^text\/json/i

/**
 * Reads text as Halo's answer: empty, JSON (prototype keys dropped), an HTML page (a proxy, a
 * login page, a wrong baseUrl), or plain text. Only a `text/plain`-style answer stays text; a body
 * that claims JSON, or claims nothing, and does not parse is `invalid-json`.
 */
export function parseBodyText(text: string, contentType: string | null): ParsedBody {
  if (text.trim() === '') return { kind: 'empty' }
  if (startsAsHtml(text)) return { kind: 'html', text }
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
