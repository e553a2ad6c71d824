// A store's promise that it applies calls in the order they are made even when the caller does not
// wait for one before making the next (the SQLite store's worker runs them one at a time, in arrival
// order). The engine then hands each write over as soon as it has it, so the next write is already
// queued when one ends, instead of waiting for an answer to cross back to it first.
import type { SyncStore } from './sync-store.js'

export const ORDERED_CALLS: unique symbol = Symbol('@halo/sync: calls applied in the order made')

export function appliesInOrder(store: SyncStore): boolean {
  return (store as { readonly [ORDERED_CALLS]?: boolean })[ORDERED_CALLS] === true
}
