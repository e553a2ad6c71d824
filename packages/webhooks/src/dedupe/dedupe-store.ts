/**
 * What a store answers when a delivery arrives: first time (now claimed by this request), already
 * handled successfully (drop it), or being handled right now by another request or process.
 */
export type DeliveryClaim = 'claimed' | 'handled' | 'in-progress'

/**
 * Remembers deliveries so a redelivery runs its handlers once. A delivery counts as handled only
 * after its handlers succeeded: `claim` takes a short lease, `complete` records success, `release`
 * gives the lease back after a failure so Halo's retry runs the handlers again.
 */
export interface WebhookDedupeStore {
  claim(deliveryKey: string): Promise<DeliveryClaim>
  complete(deliveryKey: string): Promise<void>
  release(deliveryKey: string): Promise<void>
}

/** How long a store remembers things. */
export interface DedupeTimes {
  /** How long a handled delivery is remembered (default 24 h). */
  readonly keepMs?: number | undefined
  /**
   * How long a claim holds before another request may take the delivery over (default 60 s): a
   * process that dies mid-handler does not block the delivery for good.
   */
  readonly leaseMs?: number | undefined
}

export const DEFAULT_KEEP_MS = 24 * 60 * 60 * 1000
export const DEFAULT_LEASE_MS = 60 * 1000
