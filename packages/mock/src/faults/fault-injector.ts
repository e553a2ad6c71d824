// Faults a test can switch on for matching requests: latency, error statuses, IIS-style HTML pages,
// connection resets, truncated JSON, 429 bursts and requests that never answer. Probabilities draw from
// the mock's seeded RNG, so a run is reproducible.
import type { Random } from '../mock/random.js'

export interface FaultMatch {
  /** HTTP method (any when omitted). */
  method?: string
  /**
   * Path: a string matches the request path case-insensitively, with or without the `/api` prefix
   * (`'/Tickets'` matches `/api/tickets`); a trailing `*` matches a prefix. A RegExp is tested against
   * the full path (`/api/Tickets/5`).
   */
  path?: string | RegExp
}

export type FaultKind =
  /** Wait `ms` before answering normally. */
  | { kind: 'latency'; ms: number }
  /** Answer with this status (default body: a .NET-style error object). */
  | {
      kind: 'status'
      status: number
      body?: string | Record<string, unknown> | unknown[]
      headers?: Record<string, string>
    }
  /** An IIS-style HTML error page (default 502). */
  | { kind: 'html'; status?: number }
  /** Drop the connection (msw: a network error; the server destroys the socket). */
  | { kind: 'reset' }
  /** Handle the request, then send only the first half of the JSON body. */
  | { kind: 'malformed-json' }
  /** Halo's 429 rate-limit text. */
  | { kind: 'rate-limit' }
  /** Never answer; the request settles only when the client aborts it. */
  | { kind: 'timeout' }

export type FaultSpec = FaultKind & {
  match?: FaultMatch
  /** Apply to this many matching requests, then retire (default: until removed). */
  times?: number
  /** Chance (0–1) that a matching request is hit (default 1). */
  probability?: number
}

export interface FaultHandle {
  readonly id: number
  /** How many requests this fault has hit so far. */
  readonly hits: number
  remove(): void
}

interface ActiveFault {
  id: number
  spec: FaultSpec
  hits: number
  remaining: number
}

export class FaultInjector {
  readonly #active: ActiveFault[] = []
  #nextId = 1

  constructor(readonly random: Random) {}

  add(spec: FaultSpec): FaultHandle {
    const fault: ActiveFault = {
      id: this.#nextId++,
      spec,
      hits: 0,
      remaining: spec.times ?? Number.POSITIVE_INFINITY,
    }
    this.#active.push(fault)
    const active = this.#active
    return {
      id: fault.id,
      get hits() {
        return fault.hits
      },
      remove() {
        const at = active.indexOf(fault)
        if (at >= 0) active.splice(at, 1)
      },
    }
  }

  clear(): void {
    this.#active.length = 0
  }

  /** Faults currently armed. */
  get size(): number {
    return this.#active.length
  }

  /** Latency faults that apply (all of them add up) and the first other fault that applies. */
  select(method: string, path: string): { latencyMs: number; fault: FaultKind | undefined } {
    let latencyMs = 0
    let fault: FaultKind | undefined
    for (const f of [...this.#active]) {
      if (f.spec.kind !== 'latency' && fault) continue
      if (!matches(f.spec.match, method, path)) continue
      if (f.spec.probability !== undefined && this.random() >= f.spec.probability) continue
      f.hits++
      f.remaining--
      if (f.remaining <= 0) this.#active.splice(this.#active.indexOf(f), 1)
      if (f.spec.kind === 'latency') latencyMs += f.spec.ms
      else fault = f.spec
    }
    return { latencyMs, fault }
  }
}

function matches(match: FaultMatch | undefined, method: string, path: string): boolean {
  if (!match) return true
  if (match.method && match.method.toUpperCase() !== method.toUpperCase()) return false
  if (match.path === undefined) return true
  if (match.path instanceof RegExp) return match.path.test(path)
  const want = match.path.toLowerCase()
  const have = path.toLowerCase()
  if (want.endsWith('*')) {
    const prefix = want.slice(0, -1)
    return have.startsWith(prefix) || have.startsWith(`/api${prefix}`)
  }
  return have === want || have === `/api${want}`
}

/** The kind of page IIS shows when the app pool behind it is down. */
export function iisErrorPage(status: number): string {
  const titles: Record<number, string> = {
    500: '500 - Internal server error.',
    502: '502 - Web server received an invalid response while acting as a gateway or proxy server.',
    503: 'Service Unavailable',
    504: '504 - Gateway Timeout',
  }
  const title = titles[status] ?? `${status} - Server Error`
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>${title}</title>
<style type="text/css">body{margin:0;font-size:.7em;font-family:Verdana, Arial, Helvetica, sans-serif;background:#EEEEEE;}</style>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>${title}</h2>
  <h3>There is a problem with the page you are looking for, and it cannot be displayed.</h3>
 </fieldset></div>
</div>
</body>
</html>
`
}
