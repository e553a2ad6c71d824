// Runs the simulated Halo in its own process (the `halo-mock` CLI), so the memory and CPU measured in
// the benchmark process belong to the client alone.
import { type ChildProcess, spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { createInterface } from 'node:readline'

export interface MockProcess {
  readonly url: string
  readonly clientId: string
  readonly clientSecret: string
  close(): Promise<void>
}

export async function startMockProcess(args: readonly string[]): Promise<MockProcess> {
  const require = createRequire(import.meta.url)
  const cli = path.join(path.dirname(require.resolve('@halo/mock/package.json')), 'dist/cli.js')
  const child: ChildProcess = spawn(process.execPath, [cli, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const stdout = child.stdout
  if (stdout === null) throw new Error('no stdout from halo-mock')
  const lines = createInterface({ input: stdout })
  const found: Record<string, string> = {}
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`halo-mock exited with ${code}`)))
    lines.on('line', (line) => {
      if (found.url === undefined) {
        found.url = line.trim()
        return
      }
      const match = /^(client_id|client_secret):\s+(\S+)/.exec(line)
      if (match?.[1] !== undefined && match[2] !== undefined) found[match[1]] = match[2]
      if (found.client_id !== undefined && found.client_secret !== undefined) resolve(found.url)
    })
  })
  return {
    url,
    clientId: found.client_id as string,
    clientSecret: found.client_secret as string,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
