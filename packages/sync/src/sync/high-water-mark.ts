// The mark says "every change before this moment is in the mirror": the moment the last complete
// run started, by our clock. An incremental run asks from the mark minus the overlap margin, which
// covers a Halo clock running behind ours by up to that much (and changes committed late). A Halo
// clock running ahead only makes the overlap larger.

/** The mark after a complete run that started at `runStart`; never earlier than the previous one. */
export function nextMark(previous: string | undefined, runStart: number): string {
  const before = previous === undefined ? undefined : Date.parse(previous)
  return new Date(before !== undefined && before > runStart ? before : runStart).toISOString()
}

/** Where an incremental run starts asking. */
export function incrementalStart(mark: string, overlapMs: number): string {
  return new Date(Date.parse(mark) - overlapMs).toISOString()
}
