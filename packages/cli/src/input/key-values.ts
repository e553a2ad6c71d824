import { InvalidArgumentError } from 'commander'

/**
 * Collects a repeatable `--filter k=v` / `--query k=v` into an object of wire names to values (text,
 * as Halo reads its query strings). Used as commander's option parser.
 */
export function collectKeyValue(text: string, previous: Record<string, string> = {}): Record<string, string> {
  const at = text.indexOf('=')
  if (at <= 0) throw new InvalidArgumentError(`expected key=value, got "${text}"`)
  return { ...previous, [text.slice(0, at).trim()]: text.slice(at + 1) }
}

/** A whole number of at least `min`, for `--limit`, `--sample`, `--port`. */
export function parseWholeNumber(min: number): (text: string) => number {
  return (text) => {
    const value = Number(text)
    if (!Number.isInteger(value) || value < min)
      throw new InvalidArgumentError(`expected a whole number ≥ ${min}`)
    return value
  }
}
