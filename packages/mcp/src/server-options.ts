import type { HaloClient } from '@halo/client'
import type { HaloCore } from '@halo/core'

/** Where the server reaches Halo: a `HaloClient`, or any `HaloCore` (`createHaloCore(…)`). */
export type HaloMcpSource =
  | { readonly client: HaloClient; readonly core?: undefined }
  | { readonly core: HaloCore; readonly client?: undefined }

/** Options of {@link createHaloMcpServer}. */
export type HaloMcpServerOptions = HaloMcpSource & {
  /** List the write tools (create_ticket, update_ticket, add_action) and let call_operation POST. Default `false`. */
  readonly allowWrites?: boolean | undefined
  /** Let call_operation run DELETE operations. Default `false`. */
  readonly allowDeletes?: boolean | undefined
  /** Most characters of JSON one tool answer may hold; longer answers are cut with a note. Default 24 000. */
  readonly maxResultChars?: number | undefined
  /**
   * Values to cut from every answer and error besides what the library already redacts (e.g. the
   * client secret the server was configured with).
   */
  readonly secrets?: readonly (string | undefined)[] | undefined
}

/** Default cap of one tool answer: about 6 000 tokens, room for a page of compact records. */
export const DEFAULT_MAX_RESULT_CHARS = 24_000
