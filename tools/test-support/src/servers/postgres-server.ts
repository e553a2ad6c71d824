// A throwaway PostgreSQL server for the tests: Debian's `postgresql` binaries, a cluster in a temporary
// directory, listening on loopback only. Postgres refuses to run as root, so as root it runs as the
// `postgres` user the package creates.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runProcess } from '../processes.js'
import { freePort } from './free-port.js'
import { waitUntilReady } from './wait-for-ready.js'

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

/** initdb + postgres on a free loopback port; rejects when the binaries are missing or it does not start in 30 s. */
export async function startPostgresServer(): Promise<PostgresServerProcess> {
  const bin = findPostgresBin()
  if (bin === undefined)
    throw new Error('no PostgreSQL server binaries (install Debian\'s "postgresql" or set PG_BIN)')
  const user = postgresUser()
  const dir = mkdtempSync(join(tmpdir(), 'halo-test-pg-'))
  if (user !== undefined) chownSync(dir, user.uid, user.gid)
  const data = join(dir, 'data')
  const init = await runProcess(
    join(bin, 'initdb'),
    ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8'],
    user === undefined ? {} : { user },
  )
  if (init.code !== 0) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`initdb exited ${init.code}: ${(init.stdout + init.stderr).slice(-500)}`)
  }
  const port = await freePort()
  const settings = ['-c', 'fsync=off', '-c', 'full_page_writes=off']
  const child = spawn(
    join(bin, 'postgres'),
    ['-D', data, '-h', '127.0.0.1', '-p', String(port), '-k', dir, ...settings],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      ...user,
    },
  )
  try {
    await waitUntilReady(child, {
      name: 'postgres',
      readyText: 'database system is ready to accept connections',
      timeoutMs: 30_000,
    })
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit')
        child.kill('SIGINT')
        await exited
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
