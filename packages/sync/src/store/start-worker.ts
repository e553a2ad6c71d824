// Starting one of the SQLite store's threads from its entry file. The built package ships each entry
// as `.js` and `.cjs` beside the module that starts it; from the sources (this package's own tests)
// the entry is TypeScript, which the thread loads through tsx.
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

/**
 * The entry `name` beside the module at `here` (its `import.meta.url`), with that module's own
 * extension: `.js` in the ESM build, `.cjs` in the CJS build (tsup gives the CJS build a `file:` URL
 * of its own file as `import.meta.url`), `.ts` from the sources.
 */
export function entryBeside(name: string, here: string): URL {
  const extension = /\.(c?js|ts)$/.exec(new URL(here).pathname)?.[0] ?? '.js'
  return new URL(`./${name}${extension}`, here)
}

/** Starts a thread from `entry` with `workerData`. */
export function startWorker(entry: URL, workerData: unknown): Worker {
  // The built entry is plain JavaScript: the thread needs none of the flags the process was started
  // with (a loader such as tsx, registered by them, costs a thread about 100 ms to start).
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData, execArgv: [] })
  // tsx's ESM build of its register API (the CommonJS one cannot register from an eval'd worker).
  const api = createRequire(entry)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs')
  const tsx = pathToFileURL(api).href
  const load = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(load, { eval: true, workerData })
}
