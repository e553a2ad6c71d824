// The reference program: the same compiler options and libraries as consumer.ts, no package
// imported. The consumer's cost is reported as a ratio to this one, measured in the same run.
export async function main(url: string): Promise<number> {
  const response = await fetch(url, { signal: AbortSignal.timeout(1000) })
  return response.status
}
