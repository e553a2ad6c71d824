import { readFileSync } from 'node:fs'

/**
 * A Halo answer from `test/fixtures/<name>.json`: the shape of a real response (keys, types, nesting,
 * envelopes), with made-up values. What each shape is based on is described in docs/halo-api.md.
 */
export function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')) as T
}
