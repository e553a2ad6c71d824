// Every command group of `halo`, in the order `halo --help` lists them. To add one, write
// `src/commands/<name>.ts` exporting a `CommandModule` and list it here (see the README).
import type { CommandModule } from '../program/command-module.js'
import { completionCommand } from './completion.js'
import { doctorCommand } from './doctor.js'
import { exportCommand } from './export.js'
import { importCommand } from './import.js'
import { loginCommand } from './login.js'
import { mcpCommand } from './mcp.js'
import { mockCommand } from './mock.js'
import { opsCommand } from './ops.js'
import { reportCommand } from './report.js'
import { requestCommand } from './request.js'
import { resourcesCommand } from './resources.js'
import { syncCommand } from './sync.js'
import { templateCommand } from './template.js'
import { webhooksCommand } from './webhooks.js'

export const commandModules: readonly CommandModule[] = [
  loginCommand,
  doctorCommand,
  requestCommand,
  opsCommand,
  exportCommand,
  templateCommand,
  importCommand,
  reportCommand,
  mockCommand,
  completionCommand,
  webhooksCommand,
  syncCommand,
  mcpCommand,
  // `halo <resource> …` last: a few hundred groups, listed after the task commands in --help.
  resourcesCommand,
]
