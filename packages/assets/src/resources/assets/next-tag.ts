import { type HaloCore, HaloUnexpectedResponseError, type RequestOptions } from '@halo/core'
import { getAssetNextTag } from '../../generated/index.js'

/**
 * What `GET /Asset/NextTag` answers. The spec documents no response body (docs/halo-api.md, "Assets"), so this is
 * Halo's answer as sent: plain text or a number (the tag itself), or an object holding it (the simulated
 * Halo answers `{ nexttag: 'AST-000131' }`). Read it with a type check rather than assuming one shape.
 */
export type AssetNextTag = string | number | Readonly<Record<string, unknown>>

/** The next free asset tag (inventory number) Halo would give a new asset. */
export async function getNextAssetTag(core: HaloCore, options?: RequestOptions): Promise<AssetNextTag> {
  const answer: unknown = await getAssetNextTag(core, {}, options)
  if (typeof answer === 'string' || typeof answer === 'number') return answer
  if (typeof answer === 'object' && answer !== null && !Array.isArray(answer)) {
    return answer as Readonly<Record<string, unknown>>
  }
  // Anything else (an empty body, `null`, an array) is not a tag in any shape we know: fail loudly
  // instead of handing back something the caller's type check would silently skip.
  throw new HaloUnexpectedResponseError(
    `GET /Asset/NextTag answered ${JSON.stringify(answer) ?? 'nothing'}, which is not a tag (text, number or object). Check the Halo version and the agent's asset permissions.`,
    { method: 'GET', url: `${core.apiUrl}/Asset/NextTag`, body: answer },
  )
}
