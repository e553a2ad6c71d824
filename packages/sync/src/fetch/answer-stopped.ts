/** Which answer of a list read: the one answer of a list sent whole, or one page of a paged list. */
export interface ListAnswer {
  readonly path: string
  /** The page, for a paged list. */
  readonly pageNo?: number | undefined
}

/**
 * The error a list read ends with when an answer stops part-way through its body: cut short, not
 * JSON, or the connection dropped (the `TypeError`s `streamRecordTexts` and fetch throw). A page and
 * a whole answer are worded alike: which answer, how many of its records had arrived, and that the
 * mark has not moved. Anything else is answered as it is, since it says what happened already: the
 * core's own errors (a body that stalled fails with its `HaloTimeoutError`) and the caller's abort.
 */
export function answerStopped(answer: ListAnswer, records: number, error: unknown): unknown {
  if (!(error instanceof TypeError)) return error
  const which =
    answer.pageNo === undefined
      ? `the answer of GET ${answer.path}`
      : `page ${answer.pageNo} of GET ${answer.path}`
  return new Error(
    `@halo/sync: ${which} stopped after ${records} records (${error.message}). ` +
      'What was written before it is kept and the mark does not move: the next run reads it again.',
    { cause: error },
  )
}
