// Runs the BUILT `halo` binary as a subprocess, the way users and scripts do.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The built executable (`pnpm build` first; nx builds before testing). HALO_CLI_TEST_BIN points at another build. */
export const HALO_BIN =
  process.env.HALO_CLI_TEST_BIN ?? fileURLToPath(new URL('../../dist/bin.js', import.meta.url))

export interface HaloRun {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  readonly env?: Record<string, string | undefined>
  readonly input?: string
  readonly cwd?: string
  /** Called once the process is running (to signal it mid-run). */
  readonly onSpawn?: (child: ChildProcess) => void
}

/** A clean environment: nothing of the developer's own Halo configuration leaks into a test. */
export function baseEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith('HALO_')) env[key] = value
  }
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value
  return env
}

/** Runs `halo …args` with stdin/stdout/stderr as pipes (so neither is a terminal). */
export function runHaloBin(args: readonly string[], options: RunOptions = {}): Promise<HaloRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [HALO_BIN, ...args], {
      env: baseEnv(options.env),
      cwd: options.cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
    child.stdin.end(options.input ?? '')
    options.onSpawn?.(child)
  })
}

/** A temporary folder removed by the returned function. */
export async function temporaryFolder(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `halo-cli-${prefix}-`))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}
