// One job's figures and the table PERFORMANCE.md shows them in (no package imports: the section
// can be written without loading the clients).

export interface JobFigures {
  readonly job: string
  readonly requests: number
  readonly floorRequests: number
  readonly ms: number
  readonly floorMs: number
  readonly status429: number
  /** Time the simulated Halo spent computing answers (scans, JSON), summed over requests. */
  readonly serverMs: number
}

export function jobsTable(figures: readonly JobFigures[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.job} | ${f.requests} | ${f.floorRequests} | ${(f.requests / f.floorRequests).toFixed(2)}x | ${(f.ms / 1000).toFixed(2)} s | ${(f.floorMs / 1000).toFixed(2)} s | ${(f.ms / f.floorMs).toFixed(2)}x | ${(f.serverMs / 1000).toFixed(2)} s | ${((f.ms - f.serverMs) / f.floorMs).toFixed(2)}x | ${f.status429} |`,
  )
  return [
    '| job | requests | floor | ratio | time | floor | ratio | simulated Halo busy | ratio without it | 429s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n')
}
