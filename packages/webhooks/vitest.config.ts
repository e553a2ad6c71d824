// Relative: vite loads a config's imports from node_modules with plain Node, which cannot read TypeScript.
import { haloVitestConfig } from '../../tools/test-support/src/vitest-preset.js'

// A real Redis for the run: dedupe across processes is proven against one, not a stand-in.
export default haloVitestConfig({ servers: ['redis'] })
