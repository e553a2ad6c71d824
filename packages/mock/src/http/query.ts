// Query parameters as Halo's ASP.NET model binding reads them: names are case-insensitive.
export class Query {
  readonly #values = new Map<string, string>()

  constructor(readonly params: URLSearchParams) {
    for (const [k, v] of params) if (!this.#values.has(k.toLowerCase())) this.#values.set(k.toLowerCase(), v)
  }

  has(name: string): boolean {
    return this.#values.has(name.toLowerCase())
  }

  get(name: string): string | undefined {
    return this.#values.get(name.toLowerCase())
  }

  bool(name: string): boolean {
    const v = this.get(name)?.toLowerCase()
    return v === 'true' || v === '1'
  }

  /** An integer parameter, or undefined when absent or not a number. */
  int(name: string): number | undefined {
    const v = this.get(name)
    if (v === undefined || v.trim() === '') return undefined
    const n = Number(v)
    return Number.isFinite(n) ? Math.trunc(n) : undefined
  }

  names(): IterableIterator<string> {
    return this.#values.keys()
  }

  /** The parameters as sent (original names), for the request log. */
  toRecord(): Record<string, string> {
    const out: Record<string, string> = {}
    for (const [k, v] of this.params) out[k] = v
    return out
  }
}
