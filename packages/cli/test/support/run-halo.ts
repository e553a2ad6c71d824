// Runs the BUILT `halo` binary as a subprocess, the way users and scripts do.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cleanEnv, type ProcessRun, runProcess, startProcess } from '@halo/test-support/processes'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'

/** The built executable (`pnpm build` first; nx builds before testing). HALO_CLI_TEST_BIN points at another build. */
export const HALO_BIN =
  process.env.HALO_CLI_TEST_BIN ?? fileURLToPath(new URL('../../dist/bin.js', import.meta.url))

export type HaloRun = ProcessRun

export interface RunOptions {
  readonly env?: Record<string, string | undefined>
  readonly input?: string
  readonly cwd?: string
}

/** A clean environment: nothing of the developer's own Halo configuration leaks into a test. */
export function baseEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  return cleanEnv(extra, /^HALO_/)
}

/** Runs `halo …args` with stdin/stdout/stderr as pipes (so neither is a terminal). */
export function runHaloBin(args: readonly string[], options: RunOptions = {}): Promise<HaloRun> {
  return runProcess(process.execPath, [HALO_BIN, ...args], { ...options, env: baseEnv(options.env) })
}

/** Starts `halo …args` in the background (to signal it mid-run, or read what it prints as it goes). */
export function startHaloBin(args: readonly string[], env: Record<string, string | undefined> = {}) {
  return startProcess(process.execPath, [HALO_BIN, ...args], { env: baseEnv(env) })
}

/** A temporary folder removed by the returned function. */
async function temporaryFolder(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `halo-cli-${prefix}-`))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/**
 * A temporary folder for the whole test file (`'file'`: made before its first test, removed after its
 * last), or a fresh one for each test (`'test'`).
 */
export function useTemporaryFolder(
  prefix: string,
  lifetime: 'file' | 'test' = 'file',
): { readonly dir: string } {
  let folder: { dir: string; remove: () => Promise<void> } | undefined
  const make = async () => {
    folder = await temporaryFolder(prefix)
  }
  const remove = async () => {
    await folder?.remove()
    folder = undefined
  }
  if (lifetime === 'file') {
    beforeAll(make)
    afterAll(remove)
  } else {
    beforeEach(make)
    afterEach(remove)
  }
  return {
    get dir() {
      if (!folder) throw new Error('the temporary folder exists only while the tests run')
      return folder.dir
    },
  }
}
