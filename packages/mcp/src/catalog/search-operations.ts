import { accessOfMethod, type OperationAccess } from './operation-access.js'
import { type CatalogOperation, operationCatalog } from './operation-catalog.js'

/** Options of {@link searchOperations}. */
export interface SearchOperationsOptions {
  /** Only operations of this kind. */
  readonly access?: OperationAccess | undefined
  /** Most results. Default 10. */
  readonly limit?: number | undefined
}

/** A search hit: the operation and how well it matched. */
export interface OperationMatch {
  readonly operation: CatalogOperation
  readonly score: number
}

// Halo's internal class names next to the words people use for them, so "ticket" finds `Faults` and
// "customer" finds `Area`.
const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  ticket: ['fault', 'faults'],
  customer: ['client', 'area'],
  client: ['area'],
  asset: ['device'],
  device: ['asset'],
  agent: ['uname', 'technician'],
  technician: ['agent', 'uname'],
  article: ['kb', 'kbentry', 'kbarticle'],
  knowledge: ['kb', 'kbentry', 'kbarticle'],
  report: ['analyzer', 'analyzerprofile'],
  type: ['requesttype'],
  time: ['timesheet', 'timesheetevent'],
  timesheet: ['time'],
  contract: ['clientcontract'],
  invoice: ['invoiceheader'],
}

/** Splits text into lowercase words: camelCase, snake_case, paths and punctuation all break words. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z\d]+/)
    .filter((word) => word.length > 0)
}

/** A crude stem, enough for plurals: tickets → ticket, statuses → status, categories → category. */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 4 && /(ses|xes|ches|shes)$/.test(word)) return word.slice(0, -2)
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1)
  return word
}

interface IndexedOperation {
  readonly operation: CatalogOperation
  /** Stemmed word → weight of the strongest field it appears in. */
  readonly weights: ReadonlyMap<string, number>
  /** The joined name and path, for substring matches on words the index split differently. */
  readonly haystack: string
}

const FIELD_WEIGHTS = { name: 5, tag: 4, path: 4, entity: 3, summary: 2, parameter: 1 } as const

let index: readonly IndexedOperation[] | undefined

function indexOperations(): readonly IndexedOperation[] {
  index ??= [...operationCatalog().values()].map((operation) => {
    const weights = new Map<string, number>()
    const add = (text: string, weight: number): void => {
      for (const word of wordsOf(text)) {
        const key = stem(word)
        if ((weights.get(key) ?? 0) < weight) weights.set(key, weight)
      }
    }
    add(operation.name, FIELD_WEIGHTS.name)
    add(operation.tag, FIELD_WEIGHTS.tag)
    add(operation.path, FIELD_WEIGHTS.path)
    add(operation.body?.entity ?? '', FIELD_WEIGHTS.entity)
    add(`${operation.summary} ${operation.description}`, FIELD_WEIGHTS.summary)
    for (const parameter of operation.parameters) add(parameter.name, FIELD_WEIGHTS.parameter)
    return {
      operation,
      weights,
      haystack: `${operation.name} ${operation.path} ${operation.tag}`.toLowerCase(),
    }
  })
  return index
}

/**
 * Finds operations by words: each query word scores by the strongest place it appears (name, tag,
 * path, body entity, summary and description, parameter names), synonyms score a little less, and
 * operations matching more of the words rank first. Ties go to reads, then to shorter names.
 */
export function searchOperations(query: string, options: SearchOperationsOptions = {}): OperationMatch[] {
  const terms = [...new Set(wordsOf(query).map(stem))]
  if (terms.length === 0) return []
  const matches: OperationMatch[] = []
  for (const entry of indexOperations()) {
    if (options.access !== undefined && accessOfMethod(entry.operation.method) !== options.access) continue
    let score = 0
    let matched = 0
    for (const term of terms) {
      let best = entry.weights.get(term) ?? 0
      for (const synonym of SYNONYMS[term] ?? [])
        best = Math.max(best, (entry.weights.get(stem(synonym)) ?? 0) * 0.8)
      if (best === 0 && term.length >= 4 && entry.haystack.includes(term)) best = 1
      if (best > 0) matched++
      score += best
    }
    if (matched === 0) continue
    // Matching every word counts for more than matching one word strongly.
    matches.push({ operation: entry.operation, score: score * (matched / terms.length) ** 2 })
  }
  const readFirst = (operation: CatalogOperation): number => (operation.method === 'GET' ? 0 : 1)
  matches.sort(
    (a, b) =>
      b.score - a.score ||
      readFirst(a.operation) - readFirst(b.operation) ||
      a.operation.name.length - b.operation.name.length ||
      (a.operation.name < b.operation.name ? -1 : 1),
  )
  return matches.slice(0, options.limit ?? 10)
}
