import { allOperationDescriptors } from '@halo/client'
import { Argument } from 'commander'
import { completionTree } from '../completion/command-tree.js'
import {
  COMPLETION_SHELLS,
  type CompletionShell,
  completionScript,
} from '../completion/completion-scripts.js'
import type { CommandModule } from '../program/command-module.js'

/** `halo completion bash|zsh|fish`: prints the shell's completion script. */
export const completionCommand: CommandModule = (program, cli) => {
  program
    .command('completion')
    .description('print a completion script: resource names, operation names and flags')
    .addArgument(new Argument('<shell>', 'the shell').choices(COMPLETION_SHELLS))
    .addHelpText(
      'after',
      '\nInstall:\n  bash: halo completion bash > ~/.local/share/bash-completion/completions/halo\n  zsh:  halo completion zsh > ~/.zfunc/_halo  (with fpath+=~/.zfunc)\n  fish: halo completion fish > ~/.config/fish/completions/halo.fish',
    )
    .action(
      cli.action(async (ctx, shell: CompletionShell) => {
        const operations = allOperationDescriptors.map((descriptor) => descriptor.name)
        ctx.io.stdout.write(completionScript(shell, completionTree(program), operations))
      }),
    )
}
