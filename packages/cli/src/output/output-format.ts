/** The formats of `--output`. */
export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const

export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

/** `--output` as given, else a table on a terminal and JSON when piped (what scripts parse). */
export function resolveOutputFormat(flag: string | undefined, stdoutIsTerminal: boolean): OutputFormat {
  if (flag === undefined) return stdoutIsTerminal ? 'table' : 'json'
  const format = OUTPUT_FORMATS.find((name) => name === flag.toLowerCase())
  if (!format) throw new TypeError(`--output must be one of ${OUTPUT_FORMATS.join(', ')}, got "${flag}"`)
  return format
}
