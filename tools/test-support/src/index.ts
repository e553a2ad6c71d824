// Test helpers shared by the domain packages (private; vitest and tsc read this TypeScript directly).
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
