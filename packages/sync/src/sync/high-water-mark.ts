// The mark says "every change before this moment is in the mirror". It may only move to a moment
// the run covered: not later than the run's start (changes made while the run read may have been
// missed) and not later than the newest change Halo stamped among the records read (Halo's clock
// may run behind ours). An incremental run asks from the mark minus the overlap margin.

/** Halo writes some dates without a zone; they are UTC. "1900-01-01" means no date. */
export function parseHaloDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || value === '' || value.startsWith('1900-01-01')) return undefined
  const zoned = /[zZ]$|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`
  const ms = Date.parse(zoned)
  return Number.isNaN(ms) ? undefined : ms
}

/** The newest change time among `records`, read from `field`. */
export function newestChange(
  records: readonly Readonly<Record<string, unknown>>[],
  field: string | undefined,
  newestSoFar: number | undefined,
): number | undefined {
  if (field === undefined) return newestSoFar
  let newest = newestSoFar
  for (const record of records) {
    const at = parseHaloDate(record[field])
    if (at !== undefined && (newest === undefined || at > newest)) newest = at
  }
  return newest
}

/** The mark after a run that started at `runStart` and read records changed up to `newestSeen`. */
export function nextMark(
  previous: string | undefined,
  runStart: number,
  newestSeen: number | undefined,
): string {
  const covered = newestSeen === undefined ? runStart : Math.min(runStart, newestSeen)
  const before = previous === undefined ? undefined : Date.parse(previous)
  return new Date(before !== undefined && before > covered ? before : covered).toISOString()
}

/** Where an incremental run starts asking. */
export function incrementalStart(mark: string, overlapMs: number): string {
  return new Date(Date.parse(mark) - overlapMs).toISOString()
}
