// A throwaway PostgreSQL server for the tests: Debian's `postgresql` binaries (.ci/run installs
// the package), a cluster in a temporary directory, listening on loopback only. Postgres refuses to
// run as root, so as root it runs as the `postgres` user the package creates.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './free-port.js'

export interface PostgresServerProcess {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  readonly url: string
  stop(): Promise<void>
}

/** The newest installed server's bin directory: `PG_BIN`, else `/usr/lib/postgresql/<n>/bin`. */
export function findPostgresBin(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? undefined : join(root, versions[0], 'bin')
}

function postgresUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'))
  if (line === undefined)
    throw new Error('running as root and there is no "postgres" user to run the server as')
  const [, , uid, gid] = line.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}

function run(command: string, args: string[], user: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...user })
    let output = ''
    child.stdout.on('data', (c: Buffer) => (output += c))
    child.stderr.on('data', (c: Buffer) => (output += c))
    child.once('error', reject)
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited ${code}: ${output.slice(-500)}`)),
    )
  })
}

/** initdb + postgres on a free loopback port; rejects when the binaries are missing or it does not start in 30 s. */
export async function startPostgresServer(): Promise<PostgresServerProcess> {
  const bin = findPostgresBin()
  if (bin === undefined)
    throw new Error('no PostgreSQL server binaries (install Debian\'s "postgresql" or set PG_BIN)')
  const user = postgresUser()
  const dir = mkdtempSync(join(tmpdir(), 'halo-sync-pg-'))
  if (user !== undefined) chownSync(dir, user.uid, user.gid)
  const data = join(dir, 'data')
  await run(
    join(bin, 'initdb'),
    ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'],
    user,
  )
  const port = await freePort()
  const child = spawn(
    join(bin, 'postgres'),
    [
      '-D',
      data,
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-k',
      dir,
      '-c',
      'fsync=off',
      '-c',
      'full_page_writes=off',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], ...user },
  )
  await waitUntilReady(child)
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT')
        await once(child, 'exit')
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => fail(new Error(`postgres did not start within 30 s: ${output.slice(-500)}`)),
      30_000,
    )
    function fail(error: Error) {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    const onExit = (code: number | null) =>
      fail(new Error(`postgres exited (${code}): ${output.slice(-500)}`))
    child.once('error', fail)
    child.once('exit', onExit)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('database system is ready to accept connections')) {
        clearTimeout(timer)
        child.off('exit', onExit)
        child.stdout?.removeAllListeners('data')
        child.stderr?.removeAllListeners('data')
        child.stdout?.resume()
        child.stderr?.resume()
        resolve()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
  })
}
