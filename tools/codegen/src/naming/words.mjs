// Turning Halo's path segments into friendly PascalCase words, and counting them (plural/singular).
// The rule is documented in tools/codegen/README.md; keep the two in step.

/**
 * Halo's internal class names that leak into a few first path segments (`/AreaAzureTenant`,
 * `/FaultViewLog`). Replaced by the name users know, only in the first segment: vendor names such
 * as `Device42` appear further down and must stay as they are.
 */
export const CLASS_NAME_WORDS = [
  ['AnalyzerProfile', 'Report'],
  ['RequestType', 'TicketType'],
  ['KBEntry', 'KbArticle'],
  ['Faults', 'Tickets'],
  ['Fault', 'Ticket'],
  ['Area', 'Client'],
  ['Device', 'Asset'],
  ['Uname', 'Agent'],
]

/** Words that are the same in singular and plural. */
const UNCOUNTABLE = new Set([
  'Data',
  'Details',
  'Info',
  'Information',
  'Software',
  'News',
  'Feedback',
  'Health',
  'Mail',
  'Metadata',
  'Stock',
  'Forecasting',
  'Setup',
  'Config',
  'Staff',
  'Media',
  'Sms',
  'Criteria',
])

/** Singular words that end in `s`. */
const SINGULAR_S = new Set(['Status', 'Address', 'Process', 'Access', 'Alias', 'Canvas', 'Bonus', 'Census'])

/** Splits a path segment into words: on punctuation, lower→upper and acronym→word boundaries. */
export function splitWords(segment) {
  return segment
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .flatMap((token) => token.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/))
    .filter(Boolean)
}

/** `KB` → `Kb`, `article` → `Article`: acronyms read as words, like `kbArticles` on the client. */
export function normalizeWord(word) {
  if (word.length > 1 && /^[A-Z0-9]+$/.test(word)) return word[0] + word.slice(1).toLowerCase()
  return word[0].toUpperCase() + word.slice(1)
}

/** PascalCase friendly name of one path segment, honouring the committed segment overrides. */
export function segmentName(segment, { first, segmentOverrides }) {
  const override = segmentOverrides[segment]
  if (override !== undefined) return override
  let text = segment
  if (first) {
    for (const [internal, friendly] of CLASS_NAME_WORDS) {
      // Only whole leading words: `Area` in `AreaAzureTenant`, not `Areas` or `Arearange`.
      const match = new RegExp(`^${internal}(?=[A-Z_]|$)`)
      if (match.test(text)) {
        text = text.replace(match, friendly)
        break
      }
    }
  }
  return splitWords(text).map(normalizeWord).join('')
}

/** The last word of a PascalCase name and what comes before it. */
function lastWord(name) {
  const words = splitWords(name)
  const last = words.at(-1) ?? name
  return { head: name.slice(0, name.length - last.length), last }
}

export function pluralize(name) {
  const { head, last } = lastWord(name)
  if (UNCOUNTABLE.has(last) || /\d$/.test(last)) return name
  if (SINGULAR_S.has(last)) return `${head}${last}es`
  if (/s$/.test(last)) return name
  if (/[^aeiou]y$/.test(last)) return `${head}${last.slice(0, -1)}ies`
  if (/(x|ch|sh|z)$/.test(last)) return `${head}${last}es`
  return `${head}${last}s`
}

export function singularize(name) {
  const { head, last } = lastWord(name)
  if (UNCOUNTABLE.has(last) || SINGULAR_S.has(last) || /\d$/.test(last)) return name
  if (/ies$/.test(last)) return `${head}${last.slice(0, -3)}y`
  if (/(ss|x|ch|sh|z)es$/.test(last)) return `${head}${last.slice(0, -2)}`
  if (/[^s]s$/.test(last)) return `${head}${last.slice(0, -1)}`
  return name
}

export function lowerFirst(name) {
  return name[0].toLowerCase() + name.slice(1)
}

export function upperFirst(name) {
  return name[0].toUpperCase() + name.slice(1)
}

/** File name for a tag: `NHD_Roles` → `nhd-roles`, `AzureADConnection` → `azure-ad-connection`. */
export function kebabCase(name) {
  return splitWords(name)
    .map((word) => word.toLowerCase())
    .join('-')
}
