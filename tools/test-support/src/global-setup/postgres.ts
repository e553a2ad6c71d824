// vitest globalSetup: a real PostgreSQL for the run (see `providePostgres`). The preset's `servers: ['postgres']` adds it.
import type { TestProject } from 'vitest/node'
import { providePostgres } from '../servers/provided-servers.js'

export default (project: TestProject) => providePostgres(project)
