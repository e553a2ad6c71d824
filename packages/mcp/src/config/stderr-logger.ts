import type { Writable } from 'node:stream'
import type { HaloEnvironment, HaloLogger, LogLevel } from '@halo/core'

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error']

/**
 * The logger `HALO_LOG` asks for, writing to stderr. The library's own `HALO_LOG` logger uses the
 * console, whose `info` and `debug` go to stdout: on stdio that is the protocol's channel, and one log
 * line there breaks the session. `undefined` when `HALO_LOG` names no level (logging stays off).
 */
export function stderrLoggerFromEnv(env: HaloEnvironment, stderr: Writable): HaloLogger | undefined {
  const level = env.HALO_LOG?.trim().toLowerCase() as LogLevel | undefined
  if (level === undefined || !LEVELS.includes(level)) return undefined
  const logger: HaloLogger = {}
  for (const each of LEVELS.slice(LEVELS.indexOf(level))) {
    logger[each] = (message, data) => {
      stderr.write(`[halo] ${each}: ${message}${data === undefined ? '' : ` ${JSON.stringify(data)}`}\n`)
    }
  }
  return logger
}
