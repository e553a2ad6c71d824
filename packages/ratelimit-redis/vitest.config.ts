// Relative: vite loads a config's imports from node_modules with plain Node, which cannot read TypeScript.
import { haloVitestConfig } from '../../tools/test-support/src/vitest-preset.js'

// A real Redis for the run: the shared stores are proven against one, not a stand-in.
export default haloVitestConfig({ servers: ['redis'] })
