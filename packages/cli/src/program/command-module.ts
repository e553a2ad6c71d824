import type { Command } from 'commander'
import type { CliIo } from '../runtime/cli-io.js'
import { CommandContext } from '../runtime/command-context.js'
import type { InterruptGuard } from '../runtime/interrupt-guard.js'

/** What a command module gets besides the program: the I/O of this run. */
export interface CliRuntime {
  readonly io: CliIo
  readonly interrupt: InterruptGuard
  /**
   * Wraps an action so it receives a `CommandContext` first, then commander's arguments and options:
   * `.action(cli.action(async (ctx, id: string, options: { force?: boolean }) => { … }))`.
   */
  action<A extends unknown[]>(
    handler: (ctx: CommandContext, ...args: A) => Promise<void>,
  ): (...args: unknown[]) => Promise<void>
}

/**
 * One command group: a function that adds its commands to the program. Each lives in
 * `src/commands/<name>.ts` and is listed in `src/commands/index.ts`.
 */
export type CommandModule = (program: Command, cli: CliRuntime) => void

/** The runtime handed to command modules for one run. */
export function createCliRuntime(io: CliIo, interrupt: InterruptGuard): CliRuntime {
  return {
    io,
    interrupt,
    action<A extends unknown[]>(handler: (ctx: CommandContext, ...args: A) => Promise<void>) {
      return async (...args: unknown[]) => {
        // commander passes the positional arguments, the options object, then the command itself.
        const command = args.at(-1) as Command
        const context = new CommandContext(command, io, interrupt)
        await handler(context, ...(args.slice(0, -1) as A))
      }
    },
  }
}
