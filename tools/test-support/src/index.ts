// Test helpers shared by the packages (private; vitest and tsc read this TypeScript directly).
// Node-only helpers that load neither msw nor the SDK have their own entries: `@halo/test-support/servers`
// (free ports, redis-server and PostgreSQL processes, the vitest global setups' side),
// `/server-context` (a test file's side), `/processes`, `/http-server`, `/vitest-preset`, and
// `/halo-mock-server` (the simulated Halo over real HTTP, for tests that run the CLI or MCP bins).
export {
  apiRequests,
  type HaloMockHarness,
  type HaloMockHarnessOptions,
  useHaloMock,
} from './halo-mock-harness.js'
export {
  type PackageUnderTest,
  readmeBlocks,
  runReadmeBlocks,
  typecheckReadmeBlocks,
} from './readme-runner.js'
