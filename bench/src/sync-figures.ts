// One job's figures and the table PERFORMANCE.md shows them in (no package imports: the section
// can be written without loading the clients).

export interface JobFigures {
  readonly job: string
  readonly requests: number
  readonly floorRequests: number
  readonly ms: number
  readonly floorMs: number
  readonly status429: number
  /** CPU time the benchmark (client) process spent during the job. */
  readonly clientCpuMs: number
  /** CPU time the simulated Halo's own process spent during the job (not in `ms`'s process). */
  readonly haloCpuMs: number
}

export function jobsTable(figures: readonly JobFigures[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.job} | ${f.requests} | ${f.floorRequests} | ${(f.requests / f.floorRequests).toFixed(2)}x | ${(f.ms / 1000).toFixed(2)} s | ${(f.floorMs / 1000).toFixed(2)} s | ${(f.ms / f.floorMs).toFixed(2)}x | ${(f.clientCpuMs / 1000).toFixed(2)} s | ${(f.haloCpuMs / 1000).toFixed(2)} s | ${f.status429} |`,
  )
  return [
    '| job | requests | floor | ratio | time | floor | ratio | client CPU | simulated Halo CPU | 429s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n')
}
