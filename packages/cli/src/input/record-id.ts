import { InvalidArgumentError } from 'commander'

/** A record id from the command line: Halo's ids are whole numbers (a few resources use text keys). */
export function parseRecordId(text: string): number | string {
  const trimmed = text.trim()
  if (trimmed === '') throw new InvalidArgumentError('expected a record id')
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed
}
