import type { EntitySchemas } from '@halo/core'

let loading: Promise<EntitySchemas> | undefined

/**
 * The entity schemas of every domain package, by component name, loaded on first use with dynamic
 * imports: a client with validation off never loads them (they are most of the facade's weight,
 * and bundlers split them into their own chunks). A component used by several packages is generated
 * into each from the same spec definition, so which copy wins does not matter.
 */
export function loadAllSchemas(): Promise<EntitySchemas> {
  loading ??= Promise.all([
    import('@halo/integrations/schemas'),
    import('@halo/admin/schemas'),
    import('@halo/crm/schemas'),
    import('@halo/finance/schemas'),
    import('@halo/reporting/schemas'),
    import('@halo/kb/schemas'),
    import('@halo/assets/schemas'),
    import('@halo/tickets/schemas'),
  ]).then(
    (modules) => Object.freeze(Object.assign({}, ...modules.map((module) => module.schemas))),
    (error: unknown) => {
      // Not kept: a failed load (a chunk that did not arrive) is tried again next time.
      loading = undefined
      throw error
    },
  )
  return loading
}
