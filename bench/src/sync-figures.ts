// One job's figures and the table PERFORMANCE.md shows them in (no package imports: the section
// can be written without loading the clients).

export interface JobFigures {
  readonly job: string
  readonly requests: number
  readonly floorRequests: number
  readonly ms: number
  readonly floorMs: number
  /** The floor with the simulated Halo's own time to answer each request added to its latency. */
  readonly haloFloorMs: number
  readonly status429: number
  /** CPU time the benchmark (client) process spent during the job, every thread. */
  readonly clientCpuMs: number
  /** Of it, the main thread's (NaN where it cannot be read); the rest is mostly the SQLite worker. */
  readonly mainThreadCpuMs: number
  /** CPU time the simulated Halo's own process spent during the job (not in `ms`'s process). */
  readonly haloCpuMs: number
}

export function jobsTable(figures: readonly JobFigures[]): string {
  const rows = figures.map(
    (f) =>
      `| ${f.job} | ${f.requests} | ${f.floorRequests} | ${(f.requests / f.floorRequests).toFixed(2)}x | ${(f.ms / 1000).toFixed(2)} s | ${(f.floorMs / 1000).toFixed(2)} s | ${(f.ms / f.floorMs).toFixed(2)}x | ${(f.haloFloorMs / 1000).toFixed(2)} s | ${(f.ms / f.haloFloorMs).toFixed(2)}x | ${(f.clientCpuMs / 1000).toFixed(2)} s | ${Number.isNaN(f.mainThreadCpuMs) ? 'n/a' : `${(f.mainThreadCpuMs / 1000).toFixed(2)} s`} | ${(f.haloCpuMs / 1000).toFixed(2)} s | ${f.status429} |`,
  )
  return [
    "| job | requests | floor | ratio | time | floor | ratio | floor with Halo's answers | ratio | client CPU | of it, main thread | simulated Halo CPU | 429s |",
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n')
}
