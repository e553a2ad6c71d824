// Cuts the JSON text of an array into the texts of its elements, as they stand, without parsing
// them. The SQLite store's worker stores each record's text as `_json`: cutting the batch Halo sent
// costs about a third of serialising every parsed record again (measured on a full mirror's 54 MB of
// tickets and actions: about 100 ms against 290 ms), and keeps the record as Halo wrote it.
//
// Only for text that is valid JSON (the caller has parsed it already): the scanner tracks strings
// and nesting, nothing else. It is not core's `ListSplitter`, which cuts an answer's bytes as they
// stream in: this cuts a whole string, in the worker thread, which does not load `@halo/core`
// (json-batches.ts says why).

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const COMMA = 0x2c

/** The text of each element of the JSON array `json`, trimmed of the whitespace around it. */
export function arrayElementTexts(json: string): string[] {
  const texts: string[] = []
  const n = json.length
  let depth = 0
  let start = -1
  for (let i = 0; i < n; i++) {
    const c = json.charCodeAt(i)
    if (c === QUOTE) {
      i = closingQuote(json, i)
      continue
    }
    if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      depth++
      if (depth === 1) start = i + 1
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (depth === 1) pushElement(texts, json, start, i)
      depth--
    } else if (c === COMMA && depth === 1) {
      pushElement(texts, json, start, i)
      start = i + 1
    }
  }
  return texts
}

/** Where the string opened at `open` ends: the next quote not escaped (an even run of backslashes before it). */
function closingQuote(json: string, open: number): number {
  let at = open
  for (;;) {
    at = json.indexOf('"', at + 1)
    if (at < 0) return json.length
    let backslashes = 0
    while (json.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++
    if (backslashes % 2 === 0) return at
  }
}

function pushElement(texts: string[], json: string, start: number, end: number): void {
  const text = json.slice(start, end).trim()
  // `[]` has no element; `[ ]` neither.
  if (text !== '' || texts.length > 0) texts.push(text)
}
