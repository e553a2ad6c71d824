import { type HaloCore, HaloUnexpectedResponseError, type RequestOptions } from '@halo/core'
import { getAssetNextTag } from '../../generated/index.js'

/**
 * The next free asset tag as text, ready for a new asset's `inventory_number`.
 * @deprecated `getNextTag()` answers a `string`; use `string`.
 */
export type AssetNextTag = string

/**
 * Keys an object answer may hold the tag under. The spec documents no response body for
 * `GET /Asset/NextTag` (docs/halo-api.md, "Assets"); the simulated Halo answers `{ nexttag }`.
 */
const TAG_KEYS = ['nexttag', 'next_tag', 'tag', 'inventory_number', 'value'] as const

/**
 * The next free asset tag (inventory number) Halo would give a new asset, as text. Halo's answer is
 * undocumented, so text, a number (`131` → `'131'`) and an object holding the tag under one of
 * `TAG_KEYS` are all read; anything else fails loudly rather than handing back a tag that is not one.
 */
export async function getNextAssetTag(core: HaloCore, options?: RequestOptions): Promise<string> {
  const answer: unknown = await getAssetNextTag(core, {}, options)
  const tag = tagOf(answer)
  if (tag !== undefined) return tag
  throw new HaloUnexpectedResponseError(
    `GET /Asset/NextTag answered ${describe(answer)}, which holds no tag (text, a number, or an object with ${TAG_KEYS.join(', ')}). Check the Halo version and the agent's asset permissions.`,
    { method: 'GET', url: `${core.apiUrl}/Asset/NextTag`, body: answer },
  )
}

function tagOf(answer: unknown): string | undefined {
  if (typeof answer === 'string') return answer.trim() === '' ? undefined : answer
  if (typeof answer === 'number') return Number.isFinite(answer) ? String(answer) : undefined
  if (typeof answer === 'object' && answer !== null && !Array.isArray(answer)) {
    const record = answer as Readonly<Record<string, unknown>>
    for (const key of TAG_KEYS) {
      const tag = tagOf(record[key])
      if (tag !== undefined) return tag
    }
  }
  return undefined
}

function describe(answer: unknown): string {
  const text = JSON.stringify(answer) ?? 'nothing'
  return text.length > 200 ? `${text.slice(0, 200)}…` : text
}
