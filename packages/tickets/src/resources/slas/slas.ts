import type { HaloCore } from '@halo/core'
import { deleteMethods, getMethods, listMethods, writeMethods } from '@halo/core'
import type { ListSlasParams, Sla } from '../../generated/index.js'
import { deleteSla, getSla, listSlasOperation, upsertSlas } from '../../generated/index.js'
import { listOperation } from '../shared/list-operation.js'

// The spec documents `GET /SLA` as one object, so the generated `listSlas` answers a Promise; Halo answers
// a bare array, and the list is read through the core like every other list.
const listSlas = listOperation<ListSlasParams, Sla>(listSlasOperation)

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
