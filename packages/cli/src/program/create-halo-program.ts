import { Command } from 'commander'
import { commandModules } from '../commands/index.js'
import type { CliRuntime } from './command-module.js'
import { addGlobalOptions } from './global-options.js'
import { CLI_VERSION } from './version.js'

/**
 * The `halo` program: global flags, then every command module of `commands/index.ts`. Parsing errors
 * are thrown (not `process.exit`) so `runHalo` maps them to exit 2, and commander's own messages go
 * to the run's stderr.
 */
export function createHaloProgram(cli: CliRuntime): Command {
  const program = new Command('halo')
    .description('The Halo API from a terminal: records, operations, exports, imports, reports.')
    .version(CLI_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => cli.io.stdout.write(text),
      writeErr: (text) => cli.io.stderr.write(text),
    })
    .showHelpAfterError('(add --help for usage)')
  addGlobalOptions(program)
  for (const register of commandModules) register(program, cli)
  return program
}
