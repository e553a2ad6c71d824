// Real servers for the tests: free ports, `redis-server` and PostgreSQL processes, and what a vitest
// global setup hands the test files about them. Node-only; loads neither msw nor the SDK.
export { freePort } from './free-port.js'
export { findPostgresBin, type PostgresServerProcess, startPostgresServer } from './postgres-server.js'
export { providePostgres, provideRedis } from './provided-servers.js'
export { answersRedisPing, type RedisServerProcess, startRedisServer } from './redis-server.js'
export { type ReadyCheck, waitUntilReady } from './wait-for-ready.js'
