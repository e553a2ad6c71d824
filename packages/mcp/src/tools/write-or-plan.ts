import type { HaloCore } from '@halo/core'
import { recordingCore } from '../dry-run/recording-core.js'
import { ToolRefusal } from '../results/tool-refusal.js'
import type { ToolAnswer, ToolContext } from './halo-tool.js'

/**
 * Runs a write, or with `dryRun` plans it: `send` is called on a recording core, so the answer is the
 * exact request(s) the real call would make, and nothing leaves the process. Names are resolved before
 * this (they are reads), so a dry run may still look up a status or an agent.
 */
export async function writeOrPlan(
  context: ToolContext,
  dryRun: boolean | undefined,
  send: (core: HaloCore) => Promise<unknown>,
  present: (result: unknown) => ToolAnswer,
): Promise<ToolAnswer> {
  if (!context.allowWrites) {
    throw new ToolRefusal(
      'This server is read-only: writes need it started with allowWrites (--allow-writes).',
    )
  }
  if (dryRun === true) {
    const recording = recordingCore(context.api.core.apiUrl)
    await send(recording.core)
    return {
      value: { dry_run: true, requests: recording.requests },
      note: 'Nothing was sent. Call again without dry_run to send it.',
    }
  }
  return present(await send(context.api.core))
}
