import type { Command } from 'commander'

/** What completion needs of the program: each command path's subcommands and flags. */
export interface CompletionTree {
  /** Top-level commands (resource names included). */
  readonly commands: readonly string[]
  /** Flags accepted everywhere. */
  readonly globalFlags: readonly string[]
  /** `tickets` → `list get create update delete`; `ops` → `list show call`. */
  readonly subcommands: Readonly<Record<string, readonly string[]>>
  /** `tickets list` / `export` → its own flags. */
  readonly flags: Readonly<Record<string, readonly string[]>>
}

function flagsOf(command: Command): string[] {
  return command.options.flatMap((option) =>
    [option.long, option.short].filter((f): f is string => typeof f === 'string'),
  )
}

/** Reads the completion tree from the program itself, so it always matches what `halo` accepts. */
export function completionTree(program: Command): CompletionTree {
  const subcommands: Record<string, string[]> = {}
  const flags: Record<string, string[]> = {}
  for (const command of program.commands) {
    const name = command.name()
    flags[name] = flagsOf(command)
    if (command.commands.length > 0) {
      subcommands[name] = command.commands.map((sub) => sub.name())
      for (const sub of command.commands) flags[`${name} ${sub.name()}`] = flagsOf(sub)
    }
  }
  return {
    commands: program.commands.map((command) => command.name()),
    globalFlags: [...flagsOf(program), '--help'],
    subcommands,
    flags,
  }
}
