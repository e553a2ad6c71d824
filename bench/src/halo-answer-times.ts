// How long the simulated Halo takes to answer each request, measured in its own process: from the
// request's arrival (its headers read by the HTTP server) to its answer's headers being written. No
// client can make a server answer sooner, so a floor that adds these to the latency (sync-jobs.ts
// `floorMs`) is the fastest any client could be against this Halo; the floor of latency alone is
// reached only by a client of a server that answers in no time.
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage, ServerResponse } from 'node:http'

/** One request the HTTP server took in, and how long its answer took (undefined until answered). */
interface Arrival {
  readonly path: string
  answerMs: number | undefined
}

/** The answer times of the requests since the last `clear()`, in arrival order. */
export interface AnswerTimes {
  clear(): void
  /** Answered requests whose path starts with `prefix` (case-insensitive), in arrival order. */
  answeredMs(prefix: string): number[]
}

/** Times every request any HTTP server of this process takes in, from now on. */
export function watchAnswerTimes(): AnswerTimes {
  let arrivals: Arrival[] = []
  subscribe('http.server.request.start', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse }
    const arrivedAt = performance.now()
    const arrival: Arrival = { path: (request.url ?? '').toLowerCase(), answerMs: undefined }
    arrivals.push(arrival)
    const writeHead = response.writeHead
    response.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
      arrival.answerMs ??= performance.now() - arrivedAt
      return writeHead.apply(this, args)
    } as ServerResponse['writeHead']
  })
  return {
    clear: () => {
      arrivals = []
    },
    answeredMs: (prefix) =>
      arrivals
        .filter((a) => a.path.startsWith(prefix.toLowerCase()) && a.answerMs !== undefined)
        .map((a) => a.answerMs as number),
  }
}
