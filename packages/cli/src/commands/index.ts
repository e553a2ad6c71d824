// Every command group of `halo`, in the order `halo --help` lists them. To add one, write
// `src/commands/<name>.ts` exporting a `CommandModule` and list it here (see the README).
import type { CommandModule } from '../program/command-module.js'
import { requestCommand } from './request.js'

export const commandModules: readonly CommandModule[] = [requestCommand]
