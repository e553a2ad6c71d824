// Keys that, once merged into another object by user code, would reach a prototype.
function dropPrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') return undefined
  if (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value)
    return undefined
  return value
}

/**
 * Text that could hold a prototype key: `__proto__` or `constructor` as written, or a `\u` escape
 * of a letter or `_`, since `"\u005f_proto__"` parses to the key `__proto__` too. One scan of the
 * text; escapes of other characters (`\u003c` for `<`, common in HTML fields) do not match.
 */
const MAY_HOLD_PROTOTYPE_KEY = /__proto__|constructor|\\u00(?:5[fF]|[67][\da-fA-F])/

/**
 * `JSON.parse` that drops `__proto__` and `constructor.prototype` keys. The reviver costs time on
 * big lists, so it only runs when the text could hold such a key.
 */
export function parseJsonSafely(text: string): unknown {
  if (MAY_HOLD_PROTOTYPE_KEY.test(text)) return JSON.parse(text, dropPrototypeKeys)
  return JSON.parse(text)
}
