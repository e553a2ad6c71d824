// Relative: vite loads a config's imports from node_modules with plain Node, which cannot read TypeScript.
import { haloVitestConfig } from '../../tools/test-support/src/vitest-preset.js'

export default haloVitestConfig()
