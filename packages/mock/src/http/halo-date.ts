// Halo writes UTC timestamps with seven fractional digits (`2024-06-20T14:45:15.9746271Z`).
export function haloDate(ms: number): string {
  const iso = new Date(ms).toISOString() // 2024-06-20T14:45:15.974Z
  return `${iso.slice(0, 23)}0000Z`
}

/** Halo's "no date" marker. */
export const noDate = '1900-01-01T00:00:00'
