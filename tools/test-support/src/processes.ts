// Subprocesses as the tests run them: the built binaries, shells and servers, with pipes (never a
// terminal) and an environment that says exactly what the child sees.
import { type ChildProcess, spawn } from 'node:child_process'

export type ChildEnv = Record<string, string | undefined>

/** How a finished process ended and everything it printed. */
export interface ProcessRun {
  readonly code: number | null
  readonly signal: NodeJS.Signals | null
  readonly stdout: string
  readonly stderr: string
}

export interface ProcessOptions {
  /** The whole environment of the child (see `cleanEnv`); the parent's when left out. */
  readonly env?: ChildEnv
  readonly cwd?: string
  /** Written to stdin, which is then closed. Left out, stdin is /dev/null, as for `stdio: 'ignore'`. */
  readonly input?: string
  /** Run as this user (the servers that refuse to run as root). */
  readonly user?: { readonly uid: number; readonly gid: number }
}

/**
 * This process's environment without FORCE_COLOR (nx sets it, and coloured output does not compare as
 * text) and without the variables `drop` matches, plus `extra` (an `undefined` value removes a variable).
 */
export function cleanEnv(extra: ChildEnv = {}, drop?: RegExp): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'FORCE_COLOR' && !drop?.test(key)) env[key] = value
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  return env
}

/** A process started by `startProcess`: its output so far, and its end. */
export interface RunningProcess {
  readonly child: ChildProcess
  stdout(): string
  stderr(): string
  /** Settles when the process has ended and its output is all read. */
  readonly finished: Promise<ProcessRun>
  /**
   * Resolves with the first match of `pattern` in stdout + stderr; rejects when the process ends first
   * or `timeoutMs` passes.
   */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpExecArray>
  /** Signals the process (SIGTERM unless told) and waits for it to end. */
  stop(signal?: NodeJS.Signals): Promise<ProcessRun>
}

/** Starts `command …args` with piped stdio and collects what it prints. */
export function startProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions = {},
): RunningProcess {
  const child = spawn(command, args, {
    env: options.env ?? process.env,
    cwd: options.cwd,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    ...options.user,
  })
  let stdout = ''
  let stderr = ''
  let ended = false
  const listeners = new Set<() => void>()
  const changed = () => {
    for (const listener of listeners) listener()
  }
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk
    changed()
  })
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk
    changed()
  })
  const finished = new Promise<ProcessRun>((resolve, reject) => {
    child.once('error', (error) => {
      ended = true
      changed()
      reject(error)
    })
    child.once('close', (code, signal) => {
      ended = true
      changed()
      resolve({ code, signal, stdout, stderr })
    })
  })
  // A failure to start is reported by `finished` and `waitForOutput`; this keeps it from going unhandled.
  finished.catch(() => {})
  if (options.input !== undefined) child.stdin?.end(options.input)
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    finished,
    waitForOutput(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            settle(new Error(`no ${pattern} from ${command} within ${timeoutMs} ms: ${stderr.slice(-500)}`)),
          timeoutMs,
        )
        function settle(outcome: RegExpExecArray | Error) {
          clearTimeout(timer)
          listeners.delete(check)
          if (outcome instanceof Error) reject(outcome)
          else resolve(outcome)
        }
        function check() {
          const match = pattern.exec(stdout + stderr)
          if (match) settle(match)
          else if (ended)
            settle(new Error(`${command} ended before printing ${pattern}: ${stderr.slice(-500)}`))
        }
        listeners.add(check)
        check()
      })
    },
    async stop(signal = 'SIGTERM') {
      if (!ended) child.kill(signal)
      return finished
    },
  }
}

/** Runs `command …args` to its end; answers its exit code and output (a non-zero code does not throw). */
export function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions = {},
): Promise<ProcessRun> {
  return startProcess(command, args, options).finished
}
