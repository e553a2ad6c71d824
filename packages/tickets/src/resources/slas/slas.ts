import type { HaloCore } from '@halo/core'
import { deleteMethods, getMethods, listMethods, writeMethods } from '@halo/core'
import type { Sla } from '../../generated/index.js'
import { deleteSla, getSla, listSlas, upsertSlas } from '../../generated/index.js'

/** SLAs (`/SLA`): `list({ showpriorities: true })` embeds each SLA's priorities; get, create, update, delete. */
export function slas(core: HaloCore) {
  const decorate = (sla: Sla): Sla => sla
  return {
    ...listMethods(core, listSlas, decorate),
    ...getMethods(core, getSla, decorate),
    ...writeMethods(core, upsertSlas, decorate),
    ...deleteMethods(core, deleteSla),
  }
}

export type SlasResource = ReturnType<typeof slas>
