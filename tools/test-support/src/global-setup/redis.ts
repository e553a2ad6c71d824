// vitest globalSetup: a real Redis for the run (see `provideRedis`). The preset's `servers: ['redis']` adds it.
import type { TestProject } from 'vitest/node'
import { provideRedis } from '../servers/provided-servers.js'

export default (project: TestProject) => provideRedis(project)
