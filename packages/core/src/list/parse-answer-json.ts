/**
 * JSON.parse for text taken from a list answer (the answer's envelope, a batch of its records, a
 * member name): text that does not parse throws a `TypeError` naming `what` it was, and saying the
 * likeliest cause, an answer cut short.
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
