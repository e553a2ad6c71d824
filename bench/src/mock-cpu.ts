// The simulated Halo's own CPU for the full mirror's requests: every ticket page (100 a page) and the
// one search for every action, each body read to its end. Three ways to serve them:
// - in process (default): `mock.handle` in this process;
// - `--http`: through the mock's loopback server in this process, read by a bare node:http client
//   that drops the bytes (that client's CPU is in the figure too, the same for every build);
// - `--process`: the `halo-mock` CLI in a process of its own, as the sync benchmark runs it, its CPU
//   read from /proc (Linux) before and after: the mock's CPU alone, HTTP included.
// With `--baseline <dist/index.js of another build>` the two builds take turns round by round (the
// machine is shared and noisy: interleaved rounds compare them under the same load), and before the
// rounds their answers are checked to be byte for byte the same. `--build <path>` measures that build
// instead of the installed @halo/mock.
// `pnpm --filter @halo/bench exec tsx src/mock-cpu.ts [--tickets 20000] [--rounds 5] [--http | --process] [--baseline <path>] [--build <path>]`
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Agent, request as httpRequest } from 'node:http'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { pathToFileURL } from 'node:url'
import * as current from '@halo/mock'

interface Build {
  readonly mod: Pick<typeof current, 'createHaloMock' | 'startHaloMock'>
  /** The build's `halo-mock` CLI (dist/cli.js beside its index.js). */
  readonly cli: string
}

const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name)
  return at < 0 ? undefined : process.argv[at + 1]
}
const ticketCount = Number(argument('--tickets') ?? 20_000)
const rounds = Number(argument('--rounds') ?? 5)
const overHttp = process.argv.includes('--http')
const inOwnProcess = process.argv.includes('--process')
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

/**
 * Answers every path with a fresh mock (the first action search builds its index, as in a mirror):
 * sets the mock up, then gives the run, which returns the mock's CPU ms.
 */
type Job = (onChunk: (chunk: Uint8Array) => void) => Promise<() => Promise<number>>

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** Reads each path's answer from `origin` with a bare node:http client, one after another. */
async function readOverHttp(
  origin: string,
  token: string,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const get = (path: string) =>
    new Promise<void>((resolve, reject) => {
      const req = httpRequest(
        `${origin}${path}`,
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
  try {
    for (const path of paths) await get(path)
  } finally {
    agent.destroy()
  }
}

function inProcessJob({ mod }: Build): Job {
  return async (onChunk) => {
    const mock = mod.createHaloMock({ ticketCount })
    const token = mock.issueToken()
    return async () => {
      const started = process.cpuUsage()
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
      return cpuMsSince(started)
    }
  }
}

function httpJob({ mod }: Build): Job {
  return async (onChunk) => {
    const mock = mod.createHaloMock({ ticketCount })
    const token = mock.issueToken()
    const server = await mod.startHaloMock({ mock, port: 0 })
    return async () => {
      const started = process.cpuUsage()
      try {
        await readOverHttp(server.url, token, onChunk)
      } finally {
        await server.close()
      }
      return cpuMsSince(started)
    }
  }
}

/** CPU ms (user + system) a process has spent, from /proc (10 ms steps). */
function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

function ownProcessJob({ cli }: Build): Job {
  return async (onChunk) => {
    const child = spawn(process.execPath, [cli, '--port', '0', '--tickets', String(ticketCount)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const lines = createInterface({ input: child.stdout })
    const said: string[] = []
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`halo-mock exited with ${code}`)))
      lines.on('line', (line) => {
        said.push(line)
        if (line.startsWith('client_secret:')) resolve()
      })
    })
    const url = said[0]?.trim() ?? ''
    const credential = (name: string) => said.find((l) => l.startsWith(`${name}:`))?.split(/\s+/)[1] ?? ''
    const tokenAnswer = await fetch(`${url}/auth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: credential('client_id'),
        client_secret: credential('client_secret'),
        scope: 'all',
      }),
    })
    const { access_token: token } = (await tokenAnswer.json()) as { access_token: string }
    const pid = child.pid as number
    return async () => {
      const before = processCpuMs(pid)
      try {
        await readOverHttp(url, token, onChunk)
        return processCpuMs(pid) - before
      } finally {
        child.kill('SIGTERM')
      }
    }
  }
}

const job = (build: Build): Job =>
  inOwnProcess ? ownProcessJob(build) : overHttp ? httpJob(build) : inProcessJob(build)

/** CPU ms and bytes of one round (the mock is created before the clock starts). */
async function timeRound(build: Build): Promise<{ cpuMs: number; bytes: number }> {
  let bytes = 0
  const run = await job(build)((chunk) => {
    bytes += chunk.byteLength
  })
  const cpuMs = await run()
  return { cpuMs, bytes }
}

/** A digest of every answer's bytes, one per path, to compare builds. */
async function digest(build: Build): Promise<string> {
  const hash = createHash('sha256')
  const run = await job(build)((chunk) => hash.update(chunk))
  await run()
  return hash.digest('hex')
}

const load = async (path: string): Promise<Build> => ({
  mod: (await import(pathToFileURL(path).href)) as Build['mod'],
  cli: join(dirname(path), 'cli.js'),
})
const installed: Build = {
  mod: current,
  cli: join(dirname(createRequire(import.meta.url).resolve('@halo/mock/package.json')), 'dist/cli.js'),
}
const measured = buildPath === undefined ? installed : await load(buildPath)
const builds: [string, Build][] = [['this build', measured]]
if (baselinePath !== undefined) {
  const baseline = await load(baselinePath)
  builds.unshift(['baseline', baseline])
  const [a, b] = [await digest(baseline), await digest(measured)]
  if (a !== b) throw new Error(`the builds answer differently (sha256 ${a} vs ${b})`)
  console.log(`answers identical (sha256 ${a.slice(0, 16)}…)`)
}

const how = inOwnProcess
  ? 'by halo-mock in its own process over loopback HTTP (its CPU alone)'
  : overHttp
    ? 'over loopback HTTP in this process (client CPU included)'
    : 'in process'
console.log(
  `${paths.length} requests (${paths.length - 1} ticket pages + every action) for ${ticketCount} tickets, ${how}`,
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
