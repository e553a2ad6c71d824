// Runs the built `halo` on a pseudo-terminal (util-linux `script`), answering prompts as they appear,
// or started in the background to read what it prints as it goes.
import { spawn } from 'node:child_process'
import { type RunningProcess, startProcess } from '@halo/test-support/processes'
import { baseEnv, HALO_BIN } from './run-halo.js'

/** `script`'s arguments for the built `halo …args` on a pseudo-terminal (stdout carries the whole terminal). */
function scriptArgs(args: readonly string[]): string[] {
  const quoted = [process.execPath, HALO_BIN, ...args]
    .map((arg) => `'${arg.replaceAll("'", "'\\''")}'`)
    .join(' ')
  return ['-qfec', quoted, '/dev/null']
}

/** Starts the built `halo …args` on a pseudo-terminal in the background. */
export function startOnTerminal(
  args: readonly string[],
  env: Record<string, string | undefined>,
): RunningProcess {
  return startProcess('script', scriptArgs(args), { env: baseEnv(env) })
}

/** A prompt to wait for in the terminal output, and the keys to type when it appears. */
export type Answer = readonly [prompt: RegExp, keys: string]

/** The terminal transcript (stdout and stderr together, as a person sees them) and the exit code. */
export function runOnTerminal(
  args: readonly string[],
  env: Record<string, string | undefined>,
  answers: readonly Answer[],
): Promise<{ code: number | null; transcript: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', scriptArgs(args), {
      env: baseEnv(env),
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let transcript = ''
    let next = 0
    let seenUpTo = 0
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      transcript += chunk
      const answer = answers[next]
      if (answer?.[0].test(transcript.slice(seenUpTo))) {
        seenUpTo = transcript.length
        next++
        child.stdin.write(answer[1])
      }
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, transcript }))
  })
}
