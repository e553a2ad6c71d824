import { safeDestr } from 'destr'

/** JSON.parse's reviver for a text destr declined: keys that would reach a prototype are dropped. */
function dropPrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') return undefined
  if (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value)
    return undefined
  return value
}

// A key reaches a prototype only as `__proto__`, or as `constructor` holding a `prototype`: either
// way the text holds `proto`, unless one of its letters is written as a `\u` escape.
const PROTO = /proto/
const ESCAPE = '\\u'
// `_` to `z`: every letter of `__proto__`, `constructor` and `prototype` lies in this range.
const FIRST_KEY_LETTER = 0x5f
const LAST_KEY_LETTER = 0x7a

/**
 * True when no `\u` escape in `text` stands for a letter a prototype key is made of. Halo escapes
 * other characters (`\u00a0`, `\u003c`), which cannot help to spell one. A `\u` that is not an escape
 * (after an escaped backslash) is judged as if it were one: at worst the text goes the careful way.
 */
function noKeyLetterEscaped(text: string): boolean {
  for (let at = text.indexOf(ESCAPE); at !== -1; at = text.indexOf(ESCAPE, at + 2)) {
    const code = Number.parseInt(text.slice(at + 2, at + 6), 16)
    if (code >= FIRST_KEY_LETTER && code <= LAST_KEY_LETTER) return false
  }
  return true
}

/**
 * JSON through destr (the parser ofetch uses), in its strict mode: it throws on what is not JSON, so
 * a malformed answer is told apart from text. destr also refuses, rather than parses, a text whose
 * keys could reach a prototype (`__proto__`, `constructor`, `\u` escapes of them included); such a
 * text is parsed here with those keys dropped (destr's lenient mode would drop them too, but writes
 * to the console and answers invalid JSON with the text itself).
 *
 * An object or array whose text holds no `proto`, even through escapes, goes straight to
 * JSON.parse: no key in it can reach a prototype, and destr would end with the same JSON.parse after
 * two regular expressions that try every quote in the text (five times the cost of one search for
 * `proto` on a page of 100 tickets).
 */
export function parseJson(text: string): unknown {
  const first = text.charCodeAt(0)
  const objectOrArray = first === 0x7b || first === 0x5b
  if (objectOrArray && !PROTO.test(text) && noKeyLetterEscaped(text)) return JSON.parse(text)
  try {
    return safeDestr(text)
  } catch (error) {
    if (error instanceof Error && error.message.includes('prototype pollution'))
      return JSON.parse(text, dropPrototypeKeys)
    throw error
  }
}
