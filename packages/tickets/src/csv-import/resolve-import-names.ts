import { draftLocationOf } from '../ticket-type-fields/draft-keys.js'
import type { TicketTypeField } from '../ticket-type-fields/ticket-type-field.js'
import type { ImportRow, ImportRowError } from './import-row.js'
import { importRowToDraft } from './import-row-to-draft.js'

/** The records an import cell may name rather than number: the `<kind>_id` keys of a ticket. */
export type ImportNameKind = 'agent' | 'team' | 'client' | 'site' | 'user' | 'status' | 'priority'

const KINDS: readonly ImportNameKind[] = ['agent', 'team', 'client', 'site', 'user', 'status', 'priority']

/**
 * Answers the id of the record of `kind` called `name`, or throws an error whose message says what is
 * wrong (unknown, ambiguous). Usually the resources' cached `idOf`: `(kind, name) => halo.agents.idOf(name)`.
 */
export type ImportNameResolver = (kind: ImportNameKind, name: string) => Promise<number | string>

/** A row ready to send: its file line and the ticket draft with every name replaced by its id. */
export interface ResolvedImportDraft {
  line: number
  draft: Record<string, unknown>
}

export interface ImportNameResolution {
  drafts: ResolvedImportDraft[]
  /** One per cell whose name could not be resolved (rows with one are not in `drafts`). */
  errors: ImportRowError[]
}

const INTEGER = /^[-+]?\d+$/

/** The `<kind>_id` key a field's value belongs on, when names of that kind can be resolved. */
function idKeyOf(field: TicketTypeField): { key: string; kind: ImportNameKind } | undefined {
  const location = draftLocationOf(field)
  if (location.kind !== 'key' || field.isCategory) return undefined
  for (const key of location.keys) {
    const kind = KINDS.find((k) => key === `${k}_id`)
    if (kind) return { key, kind }
  }
  return undefined
}

/**
 * Turns validated import rows into ticket drafts (`importRowToDraft`) and replaces each name given
 * where a ticket holds an id (agent, team, client, site, user, status, priority) by that id, asking
 * `resolve` once per distinct name. Categories need no lookup: the kit already checks them against the
 * ticket type's category values. A name `resolve` rejects, or a name of a kind with no lookup, becomes
 * an error on the row's line and column, so a caller can report every problem before sending anything.
 */
export async function resolveImportNames(
  fields: readonly TicketTypeField[],
  rows: readonly ImportRow[],
  resolve: ImportNameResolver,
): Promise<ImportNameResolution> {
  const answers = new Map<string, Promise<{ id: number | string } | { error: string }>>()
  const lookup = (kind: ImportNameKind, name: string) => {
    const cacheKey = `${kind}\u0000${name.toLowerCase()}`
    let answer = answers.get(cacheKey)
    if (!answer) {
      answer = resolve(kind, name).then(
        (id) => ({ id }),
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      )
      answers.set(cacheKey, answer)
    }
    return answer
  }
  const drafts: ResolvedImportDraft[] = []
  const errors: ImportRowError[] = []
  for (const row of rows) {
    const { draft, unresolved } = importRowToDraft(fields, row.values)
    const rowErrors: ImportRowError[] = []
    const unplaced = new Set(unresolved.map((u) => u.field))
    for (const field of fields) {
      const value = row.values[field.csvColumnName]?.trim()
      if (!value) continue
      const target = idKeyOf(field)
      if (target && INTEGER.test(value)) {
        // An id already: it goes on the id key (the kit puts a team on `team`, which holds its name).
        for (const key of draftKeys(field)) delete draft[key]
        draft[target.key] = Number(value)
        continue
      }
      if (INTEGER.test(value)) continue
      if (!target) {
        if (unplaced.has(field)) {
          rowErrors.push({
            line: row.line,
            column: field.csvColumnName,
            message: `"${value}" must be given as an id for ${field.label}.`,
          })
        }
        continue
      }
      // Sequential on purpose: the first name of a kind loads its list, the rest are cache hits.
      const answer = await lookup(target.kind, value)
      if ('error' in answer) {
        rowErrors.push({ line: row.line, column: field.csvColumnName, message: answer.error })
        continue
      }
      // The id replaces the name wherever the kit put it (a team name goes on `team` as text).
      for (const key of draftKeys(field)) delete draft[key]
      draft[target.key] = answer.id
    }
    if (rowErrors.length > 0) errors.push(...rowErrors)
    else drafts.push({ line: row.line, draft })
  }
  return { drafts, errors }
}

function draftKeys(field: TicketTypeField): readonly string[] {
  const location = draftLocationOf(field)
  return location.kind === 'key' ? location.keys : []
}
