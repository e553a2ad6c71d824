// The simulated Halo's own CPU for the full mirror's requests: every ticket page (100 a page) and the
// one search for every action, answered by `mock.handle` in this process with each body read to its
// end (or, with `--http`, over loopback HTTP through the mock's server, read by a bare node:http
// client that drops the bytes: that client's CPU is then in the figure too, the same for every build).
// With `--baseline <dist/index.js of another build>` the two builds take turns round by round (the
// machine is shared and noisy: interleaved rounds compare them under the same load), and before the
// rounds their answers are checked to be byte for byte the same. `--build <path>` measures that build
// instead of the installed @halo/mock.
// `pnpm --filter @halo/bench exec tsx src/mock-cpu.ts [--tickets 20000] [--rounds 5] [--http] [--baseline <path>] [--build <path>]`
import { createHash } from 'node:crypto'
import { Agent, request as httpRequest } from 'node:http'
import { pathToFileURL } from 'node:url'
import * as current from '@halo/mock'

type MockModule = Pick<typeof current, 'createHaloMock' | 'startHaloMock'>

const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name)
  return at < 0 ? undefined : process.argv[at + 1]
}
const ticketCount = Number(argument('--tickets') ?? 20_000)
const rounds = Number(argument('--rounds') ?? 5)
const overHttp = process.argv.includes('--http')
const baselinePath = argument('--baseline')
const buildPath = argument('--build')

const PAGE = 100
const everyAction = '/api/Actions?startdate=1900-01-01T00:00:00Z&enddate=2031-01-01T00:00:00Z'
const paths = [
  ...Array.from(
    { length: Math.ceil(ticketCount / PAGE) },
    (_, i) => `/api/Tickets?pageinate=true&page_size=${PAGE}&page_no=${i + 1}`,
  ),
  everyAction,
]

/** Answers every path with a fresh mock (the first action search builds its index, as in a mirror). */
type Job = (onChunk: (chunk: Uint8Array) => void) => Promise<() => Promise<void>>

function inProcessJob(mod: MockModule): Job {
  return async (onChunk) => {
    const mock = mod.createHaloMock({ ticketCount })
    const token = mock.issueToken()
    return async () => {
      for (const path of paths) {
        const response = await mock.handle(
          new Request(`https://halo.example.test${path}`, { headers: { authorization: `Bearer ${token}` } }),
        )
        if (response.status !== 200 || !response.body) throw new Error(`${path}: ${response.status}`)
        const reader = response.body.getReader()
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          onChunk(value)
        }
      }
    }
  }
}

function httpJob(mod: MockModule): Job {
  return async (onChunk) => {
    const mock = mod.createHaloMock({ ticketCount })
    const token = mock.issueToken()
    const server = await mod.startHaloMock({ mock, port: 0 })
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const get = (path: string) =>
      new Promise<void>((resolve, reject) => {
        const req = httpRequest(
          `${server.url}${path}`,
          { agent, headers: { authorization: `Bearer ${token}` } },
          (res) => {
            if (res.statusCode !== 200) reject(new Error(`${path}: ${res.statusCode}`))
            res.on('data', (chunk: Buffer) => onChunk(chunk))
            res.on('end', resolve)
            res.on('error', reject)
          },
        )
        req.on('error', reject)
        req.end()
      })
    return async () => {
      try {
        for (const path of paths) await get(path)
      } finally {
        agent.destroy()
        await server.close()
      }
    }
  }
}

const job = (mod: MockModule): Job => (overHttp ? httpJob(mod) : inProcessJob(mod))

/** CPU ms and bytes of one round (the mock is created before the clock starts). */
async function timeRound(mod: MockModule): Promise<{ cpuMs: number; bytes: number }> {
  let bytes = 0
  const run = await job(mod)((chunk) => {
    bytes += chunk.byteLength
  })
  const started = process.cpuUsage()
  await run()
  const used = process.cpuUsage(started)
  return { cpuMs: (used.user + used.system) / 1000, bytes }
}

/** A digest of every answer's bytes, one per path, to compare builds. */
async function digest(mod: MockModule): Promise<string> {
  const hash = createHash('sha256')
  const run = await job(mod)((chunk) => hash.update(chunk))
  await run()
  return hash.digest('hex')
}

const load = async (path: string) => (await import(pathToFileURL(path).href)) as MockModule
const measured = buildPath === undefined ? current : await load(buildPath)
const builds: [string, MockModule][] = [['this build', measured]]
if (baselinePath !== undefined) {
  const baseline = await load(baselinePath)
  builds.unshift(['baseline', baseline])
  const [a, b] = [await digest(baseline), await digest(measured)]
  if (a !== b) throw new Error(`the builds answer differently (sha256 ${a} vs ${b})`)
  console.log(`answers identical (sha256 ${a.slice(0, 16)}…)`)
}

console.log(
  `${paths.length} requests (${paths.length - 1} ticket pages + every action) for ${ticketCount} tickets, ${overHttp ? 'over loopback HTTP (client CPU included)' : 'in process'}`,
)
const figures = new Map<string, number[]>(builds.map(([name]) => [name, []]))
for (let round = 1; round <= rounds; round++) {
  const line: string[] = []
  for (const [name, mod] of round % 2 === 0 ? [...builds].reverse() : builds) {
    const { cpuMs, bytes } = await timeRound(mod)
    figures.get(name)?.push(cpuMs)
    line.push(`${name} ${cpuMs.toFixed(0)} ms CPU (${(bytes / 1e6).toFixed(1)} MB)`)
  }
  console.log(`round ${round}: ${line.join(', ')}`)
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN
for (const [name, xs] of figures) console.log(`${name}: median ${median(xs).toFixed(0)} ms CPU`)
const [base, now] = [figures.get('baseline'), figures.get('this build')]
if (base !== undefined && now !== undefined)
  console.log(`this build / baseline: ${(median(now) / median(base)).toFixed(2)}x (medians)`)
