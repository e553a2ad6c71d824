// The webhooks `POST /Webhook` created: Halo's `Webhook` records, keyed by their GUID ids.

export type WebhookRecord = Record<string, unknown> & { id: string }

export class WebhookRegistry {
  readonly #records = new Map<string, WebhookRecord>()

  /** Creates (no id) or updates (known id) one record; answers the stored record. */
  upsert(input: Record<string, unknown>): WebhookRecord {
    const id = typeof input.id === 'string' && input.id !== '' ? input.id.toLowerCase() : crypto.randomUUID()
    const existing = this.#records.get(id)
    const record: WebhookRecord = { active: true, ...existing, ...input, id }
    this.#records.set(id, record)
    return record
  }

  get(id: string): WebhookRecord | undefined {
    return this.#records.get(id.toLowerCase())
  }

  delete(id: string): boolean {
    return this.#records.delete(id.toLowerCase())
  }

  list(): WebhookRecord[] {
    return [...this.#records.values()]
  }

  clear(): void {
    this.#records.clear()
  }
}
