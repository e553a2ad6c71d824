import { haloVitestConfig } from './src/vitest-preset.js'

// The servers' global setups are under test here too: the run starts a Redis and a PostgreSQL.
export default haloVitestConfig({ servers: ['redis', 'postgres'] })
