// Case-insensitive routing: Halo accepts `/api/tickets` as readily as `/api/Tickets` (docs/halo-api.md, "Request conventions").
// Literal segments beat `{param}` segments, so `/Asset/NextTag` wins over `/Asset/{id}`.

export interface RouteMatch<H> {
  handler: H
  /** The canonical pattern, e.g. `/Tickets/{id}`. */
  pattern: string
  params: Record<string, string>
}

interface CompiledRoute<H> {
  method: string
  pattern: string
  regex: RegExp
  names: string[]
  paramCount: number
  handler: H
}

function compile(pattern: string): { regex: RegExp; names: string[] } {
  const names: string[] = []
  // `{id:int}` only matches digits, so `/Team/Tree` is not taken for `/Team/{id:int}`
  const source = pattern.replace(
    /\{([^}:]+)(:int)?\}|[.*+?^$()|[\]\\]/g,
    (match, name: string | undefined, int?: string) => {
      if (name === undefined) return `\\${match}`
      names.push(name)
      return int ? '(-?\\d+)' : '([^/&]+)'
    },
  )
  return { regex: new RegExp(`^${source}/?$`, 'i'), names }
}

export class RouteTable<H> {
  readonly #routes: CompiledRoute<H>[] = []

  add(method: string, pattern: string, handler: H): this {
    const { regex, names } = compile(pattern)
    this.#routes.push({
      method: method.toUpperCase(),
      pattern,
      regex,
      names,
      paramCount: names.length,
      handler,
    })
    this.#routes.sort((a, b) => a.paramCount - b.paramCount)
    return this
  }

  match(method: string, path: string): RouteMatch<H> | undefined {
    const upper = method.toUpperCase()
    for (const route of this.#routes) {
      if (route.method !== upper && route.method !== '*') continue
      const m = route.regex.exec(path)
      if (!m) continue
      const params: Record<string, string> = {}
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '')
      })
      return { handler: route.handler, pattern: route.pattern, params }
    }
    return undefined
  }

  /** Whether any method is routed for this path (to tell 405-ish misses from unknown paths). */
  get size(): number {
    return this.#routes.length
  }
}
