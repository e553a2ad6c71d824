// The PERFORMANCE.md section of cache-savings.ts (kept apart so that importing it runs no benchmark).

export interface CacheRun {
  /** API requests Halo received (auth and discovery left out). */
  readonly requests: number
  /** Of which GETs (reads the cache can answer). */
  readonly gets: number
  readonly seconds: number
}

export interface CacheSavingsResult {
  readonly tickets: number
  readonly withoutCache: CacheRun
  readonly withCache: CacheRun
}

export function cacheSavingsSection(result: CacheSavingsResult): string[] {
  const { withoutCache: off, withCache: on } = result
  const saved = off.requests - on.requests
  return [
    '## Response cache: requests saved on an import',
    '',
    `Importing ${result.tickets} tickets the way an import script does per row (read the ticket type with its fields,`,
    '`validateDraft`, look up a status and a team by name, create the ticket), against the simulated Halo,',
    "counted on the mock's request log (auth left out); the same code with and without",
    '`cache: { ttlMs: 600_000 }`, one run after the other in one process (`bench/src/cache-savings.ts`).',
    '',
    '| run | requests to Halo | of which GET | seconds |',
    '|---|---:|---:|---:|',
    `| no cache | ${off.requests} | ${off.gets} | ${off.seconds.toFixed(1)} |`,
    `| cache (memory store) | ${on.requests} | ${on.gets} | ${on.seconds.toFixed(1)} |`,
    '',
    `The cache saves ${saved} requests (${((saved / off.requests) * 100).toFixed(0)}%, ${(off.requests / on.requests).toFixed(2)}x fewer). What remains is one POST per ticket and the first read of each reference list. Name lookups (\`idOf\`) were already cached per core before the response cache.`,
    '',
  ]
}
