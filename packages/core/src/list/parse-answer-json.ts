/**
 * JSON.parse for text taken from an answer (a list answer, a part of one, a batch of its records as
 * handed on): text that does not parse throws a `TypeError` naming `what` it was, and saying the
 * likeliest cause, an answer cut short. Exported for code that parses such text later or elsewhere
 * (a worker thread taking batches from `streamRecordTexts`).
 */
export function parseAnswerJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new TypeError(
      `${what} is not valid JSON (${(error as Error).message}); the answer may have been cut`,
    )
  }
}
