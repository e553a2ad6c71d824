import type { HaloCore } from '@halo/core'

/** Any generated operation function: `fn(core, params?, options?)`. */
// `never[]` accepts any parameter list (parameters are contravariant) without resorting to `any`.
export type GeneratedOperation = (core: HaloCore, ...args: never[]) => unknown

/**
 * A generated operation with its `core` argument already supplied: `fn(params?, options?)`. Upserts are
 * overloaded (one record in gives the record, several an array), and the overloads survive the binding.
 */
// Matching three call signatures reads every overload of an upsert; a one-signature operation matches
// with all three the same, and comes out as one signature.
export type BoundOperation<F> = F extends {
  (core: HaloCore, ...args: infer A1): infer R1
  (core: HaloCore, ...args: infer A2): infer R2
  (core: HaloCore, ...args: infer A3): infer R3
}
  ? [R1] extends [R3]
    ? [R3] extends [R1]
      ? (...args: A3) => R3
      : { (...args: A1): R1; (...args: A2): R2; (...args: A3): R3 }
    : { (...args: A1): R1; (...args: A2): R2; (...args: A3): R3 }
  : never

/** A record of generated operations, each bound to one client. */
export type BoundOperations<O> = { readonly [K in keyof O]: BoundOperation<O[K]> }

/**
 * Binds every operation of `operations` to `core`. The bound functions keep the generated names, so
 * `halo.ops.listTickets(params)` is `listTickets(halo, params)`.
 */
export function bindOperations<O extends { readonly [name: string]: GeneratedOperation }>(
  core: HaloCore,
  operations: O,
): BoundOperations<O> {
  const bound: Record<string, (...args: unknown[]) => unknown> = {}
  for (const [name, operation] of Object.entries(operations)) {
    const call = operation as (core: HaloCore, ...args: unknown[]) => unknown
    bound[name] = (...args: unknown[]) => call(core, ...args)
  }
  return Object.freeze(bound) as BoundOperations<O>
}
