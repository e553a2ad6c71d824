/** The callbacks waiting on one signal, and the single real listener that runs them. */
interface Subscribers {
  readonly callbacks: Set<() => void>
  readonly dispatch: () => void
}

const subscribersBySignal = new WeakMap<AbortSignal, Subscribers>()

/**
 * Runs `callback` once when `signal` aborts; the returned function unsubscribes (idempotent).
 *
 * Every waiter of one signal shares a single `abort` listener. A caller may pass one signal to a
 * thousand queued requests; with a listener each, Node would print a MaxListenersExceededWarning
 * ("possible memory leak") although nothing leaks. The real listener is removed when the last
 * callback unsubscribes, so a long-lived signal ends up with nothing attached.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let subscribers = subscribersBySignal.get(signal)
  if (subscribers === undefined) {
    const callbacks = new Set<() => void>()
    const dispatch = (): void => {
      signal.removeEventListener('abort', dispatch)
      subscribersBySignal.delete(signal)
      for (const each of callbacks) each()
    }
    subscribers = { callbacks, dispatch }
    subscribersBySignal.set(signal, subscribers)
    signal.addEventListener('abort', dispatch)
  }
  // Wrapped so that subscribing one function twice gives two independent subscriptions.
  const subscription = (): void => callback()
  const { callbacks, dispatch } = subscribers
  callbacks.add(subscription)
  return () => {
    if (!callbacks.delete(subscription) || callbacks.size > 0) return
    signal.removeEventListener('abort', dispatch)
    if (subscribersBySignal.get(signal) === subscribers) subscribersBySignal.delete(signal)
  }
}
