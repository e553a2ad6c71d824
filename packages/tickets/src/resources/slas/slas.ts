import type { HaloCore } from '@halo/core'
import { crudMethods } from '@halo/core'
import type { Sla } from '../../generated/index.js'
import { deleteSla, getSla, listSlas, upsertSlas } from '../../generated/index.js'

/** SLAs (`/SLA`): `list({ showpriorities: true })` embeds each SLA's priorities; get, create, update, delete. */
export function slas(core: HaloCore) {
  const decorate = (sla: Sla): Sla => sla
  return {
    ...crudMethods(core, { list: listSlas, get: getSla, upsert: upsertSlas, remove: deleteSla }, decorate),
  }
}

export type SlasResource = ReturnType<typeof slas>
