// Runs the ```ts blocks of a README section as one script, so the examples users copy are known to work.
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/** The ```ts blocks under `## <section>` (up to the next `## ` heading), in order. */
export function readmeBlocks(markdown: string, section: string): string[] {
  const start = markdown.indexOf(`\n## ${section}\n`)
  if (start === -1) throw new Error(`README has no "## ${section}" section`)
  const rest = markdown.slice(start + section.length + 5)
  const end = rest.search(/\n## /)
  const body = end === -1 ? rest : rest.slice(0, end)
  return [...body.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '')
}

const importPattern = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'\s*;?\s*$/gm

/**
 * Runs the blocks in one async scope. Imports are taken from `modules` (by specifier) instead of being
 * resolved, so a test can hand in the package source and a `createHaloCore` wired to the simulated Halo.
 * `console.log` calls are captured and returned.
 */
export async function runReadmeBlocks(
  blocks: readonly string[],
  modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): Promise<unknown[][]> {
  const imports = new Map<string, Set<string>>()
  const source = blocks
    .join('\n')
    .replace(importPattern, (_statement, typeOnly: string | undefined, names: string, from: string) => {
      if (typeOnly) return ''
      const wanted = imports.get(from) ?? new Set<string>()
      for (const raw of names.split(',')) {
        const name = raw.trim()
        if (name !== '' && !name.startsWith('type ')) wanted.add(name.replace(/\s+as\s+/, ': '))
      }
      imports.set(from, wanted)
      return ''
    })
  const prelude = [...imports.entries()].map(([from, names]) => {
    if (!(from in modules)) throw new Error(`README imports "${from}", which the test does not provide`)
    return `const { ${[...names].join(', ')} } = __modules[${JSON.stringify(from)}];`
  })
  // `export {}` makes the text a module, where top-level await is valid; it is removed after transpiling.
  const { outputText } = ts.transpileModule(`export {};\n${source}`, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  })
  const body = `${prelude.join('\n')}\n${outputText.replace(/^export \{\};?\s*$/m, '')}`
  const logs: unknown[][] = []
  const console = { log: (...args: unknown[]) => logs.push(args) }
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<void>
  await new AsyncFunction('__modules', 'console', body)(modules, console)
  return logs
}

/** The package whose README is checked: its name as the examples import it, and where its source is. */
export interface PackageUnderTest {
  /** The specifier the examples import, e.g. `'@halo/assets'`. */
  readonly name: string
  /** Its entry, relative to `packageDir`, e.g. `'src/index.ts'`. */
  readonly entry: string
  /** The package folder (holding its tsconfig.json), e.g. `new URL('..', import.meta.url)` from test/. */
  readonly packageDir: URL | string
}

/**
 * Type-checks the blocks as one module (as a reader would paste them), with `self.name` resolving to the
 * package's source and the package's own tsconfig. Answers the diagnostics as text, empty when the
 * examples compile.
 */
export function typecheckReadmeBlocks(blocks: readonly string[], self: PackageUnderTest): string[] {
  const packageDir = withTrailingSlash(
    typeof self.packageDir === 'string' ? self.packageDir : fileURLToPath(self.packageDir),
  )
  const file = `${packageDir}README.examples.ts`
  const text = blocks.join('\n')
  const configPath = ts.findConfigFile(packageDir, ts.sys.fileExists, 'tsconfig.json')
  if (configPath === undefined) throw new Error(`no tsconfig.json in ${packageDir}`)
  const config = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configPath, ts.sys.readFile).config,
    ts.sys,
    packageDir,
  )
  const options: ts.CompilerOptions = {
    ...config.options,
    noEmit: true,
    baseUrl: packageDir,
    ignoreDeprecations: '6.0',
    paths: { [self.name]: [self.entry] },
  }
  const host = ts.createCompilerHost(options)
  const readFile = host.readFile.bind(host)
  const fileExists = host.fileExists.bind(host)
  const getSourceFile = host.getSourceFile.bind(host)
  host.readFile = (name) => (name === file ? text : readFile(name))
  host.fileExists = (name) => name === file || fileExists(name)
  host.getSourceFile = (name, language, onError, create) =>
    name === file
      ? ts.createSourceFile(name, text, language, true)
      : getSourceFile(name, language, onError, create)
  const program = ts.createProgram([file], options, host)
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(file))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

function withTrailingSlash(dir: string): string {
  return dir.endsWith('/') ? dir : `${dir}/`
}
