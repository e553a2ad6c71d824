/**
 * The records of an answer Halo sends either as a bare array or wrapped in an envelope (`{ timesheets:
 * […] }`), as some `mine` endpoints do; anything else is no records.
 */
export function rowsOf<T>(answer: unknown, envelopeKey: string): T[] {
  if (Array.isArray(answer)) return answer as T[]
  const rows = (answer as Record<string, unknown> | null)?.[envelopeKey]
  return Array.isArray(rows) ? (rows as T[]) : []
}
