import type { ChildProcess } from 'node:child_process'

export interface ReadyCheck {
  /** The program, for messages: `redis-server`, `postgres`. */
  readonly name: string
  /** Text the server prints (on stdout or stderr) once it accepts connections. */
  readonly readyText: string
  readonly timeoutMs: number
}

/**
 * Resolves once the child prints `readyText`. Rejects, and kills the child, when it exits first, cannot
 * be started (ENOENT when the binary is not installed) or stays silent past the timeout. After that its
 * output is drained unread, so a chatty server never blocks on a full pipe.
 */
export function waitUntilReady(child: ChildProcess, check: ReadyCheck): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () =>
        fail(new Error(`${check.name} did not start within ${check.timeoutMs} ms: ${output.slice(-500)}`)),
      check.timeoutMs,
    )
    function detach() {
      clearTimeout(timer)
      child.off('error', fail)
      child.off('exit', onExit)
      for (const stream of [child.stdout, child.stderr]) {
        stream?.off('data', onData)
        stream?.resume()
      }
    }
    function fail(error: Error) {
      detach()
      child.kill('SIGKILL')
      reject(error)
    }
    function onExit(code: number | null) {
      fail(new Error(`${check.name} exited (${code}): ${output.slice(-500)}`))
    }
    function onData(chunk: Buffer) {
      output += chunk.toString()
      if (output.includes(check.readyText)) {
        detach()
        resolve()
      }
    }
    child.once('error', fail)
    child.once('exit', onExit)
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
  })
}
