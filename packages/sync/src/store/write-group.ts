// Applies that wait together commit together. The SQLite worker runs calls one at a time; when the
// reader hands it batches faster than it writes them (a full mirror, or a re-sync's last pages
// arriving at once), the batches queued behind the one it takes go into the same transaction: one
// commit, and the table's upper pages written to the log once instead of once per batch (writing a
// 20,000-ticket mirror 8 batches a transaction took about 15% less CPU than one batch a
// transaction). A worker that keeps up finds nothing queued and commits each batch alone, as soon as
// it is written.
//
// Each call keeps its own outcome: a batch that fails is rolled back alone (a savepoint) and only
// its call rejects. Replies go out once the group has committed, in the order of the calls.
import type { SqliteMirror } from './sqlite-mirror.js'
import { type MirrorCall, type MirrorReply, sendableError } from './sqlite-worker-protocol.js'

/** The calls that join a group: record writes. The mark (`writeState`) and reads end one. */
const GROUPED: ReadonlySet<MirrorCall['method']> = new Set(['apply', 'applyJsonBatch'])

/** Most calls one transaction takes (batches of about 64 KiB: about 1 MB of records). */
export const MOST_CALLS_PER_GROUP = 16

/** A group of calls to run together, and the call taken off the queue after it that did not join. */
export interface CallGroup {
  readonly calls: readonly MirrorCall[]
  readonly next: MirrorCall | undefined
}

/**
 * `first`, and when it writes records, the writes `receive` finds queued right behind it (up to
 * `MOST_CALLS_PER_GROUP`). `receive` answers the next queued call without waiting, or `undefined`.
 */
export function takeGroup(first: MirrorCall, receive: () => MirrorCall | undefined): CallGroup {
  if (!GROUPED.has(first.method)) return { calls: [first], next: undefined }
  const calls = [first]
  while (calls.length < MOST_CALLS_PER_GROUP) {
    const call = receive()
    if (call === undefined) break
    if (!GROUPED.has(call.method)) return { calls, next: call }
    calls.push(call)
  }
  return { calls, next: undefined }
}

/**
 * Runs the calls, a group of writes in one transaction, and answers one reply per call, in order.
 * Should the transaction fail as a whole (its commit, or an error after which SQLite rolled all of
 * it back), every call of it rejects: none of it was written.
 */
export function runGroup(
  mirror: SqliteMirror,
  calls: readonly MirrorCall[],
  run: (call: MirrorCall) => unknown,
): MirrorReply[] {
  const [only] = calls
  if (calls.length === 1 && only !== undefined) return [replyOf(only, run)]
  try {
    return mirror.inTransaction(() =>
      calls.map((call) => {
        const reply = replyOf(call, run)
        // SQLite itself rolled the whole transaction back (a full disk, an I/O error): what the
        // earlier calls wrote is gone with it.
        if ('error' in reply && !mirror.isInTransaction) throw new GroupRolledBack(reply)
        return reply
      }),
    )
  } catch (error) {
    // Tables or columns the group's writes added went with it.
    mirror.forgetLayouts()
    const sent = error instanceof GroupRolledBack ? error.reply.error : sendableError(error)
    return calls.map((call) => ({ id: call.id, error: sent }))
  }
}

function replyOf(call: MirrorCall, run: (call: MirrorCall) => unknown): MirrorReply {
  try {
    return { id: call.id, value: run(call) }
  } catch (error) {
    return { id: call.id, error: sendableError(error) }
  }
}

/** The failure that took the whole group's transaction with it. */
class GroupRolledBack extends Error {
  constructor(readonly reply: Extract<MirrorReply, { readonly error: unknown }>) {
    super(reply.error.message)
  }
}
