// Keys that, once merged into another object by user code, would reach a prototype.
function dropPrototypeKeys(key: string, value: unknown): unknown {
  if (key === '__proto__') return undefined
  if (key === 'constructor' && typeof value === 'object' && value !== null && 'prototype' in value)
    return undefined
  return value
}

/**
 * `JSON.parse` that drops `__proto__` and `constructor.prototype` keys. The reviver costs time on
 * big lists, so it only runs when the text could hold such a key.
 */
export function parseJsonSafely(text: string): unknown {
  if (text.includes('__proto__') || text.includes('constructor')) return JSON.parse(text, dropPrototypeKeys)
  return JSON.parse(text)
}
