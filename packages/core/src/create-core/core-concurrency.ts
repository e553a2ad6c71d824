// Which `maxConcurrency` a core was built with, for helpers that start several requests of their own
// (createMany posts its chunks side by side). Not part of `HaloCore`: a core built elsewhere (a test
// double, another copy of this package) answers the default, and the limiter caps requests in flight
// at the core's own figure whatever a helper starts.
import type { HaloCore } from '../halo-core.js'
import { DEFAULT_MAX_CONCURRENCY } from '../options/resolve-options.js'

const concurrencyOfCore = new WeakMap<HaloCore, number>()

/** Records the `maxConcurrency` `core` was built with. */
export function rememberConcurrency(core: HaloCore, maxConcurrency: number): void {
  concurrencyOfCore.set(core, maxConcurrency)
}

/** The requests `core` lets through at once (the default for a core this package did not build). */
export function concurrencyOf(core: HaloCore): number {
  return concurrencyOfCore.get(core) ?? DEFAULT_MAX_CONCURRENCY
}
