import { operations as adminOperations } from '@halo/admin'
import { operations as assetsOperations } from '@halo/assets'
import { operations as crmOperations } from '@halo/crm'
import { operations as financeOperations } from '@halo/finance'
import { operations as integrationsOperations } from '@halo/integrations'
import { operations as kbOperations } from '@halo/kb'
import { operations as reportingOperations } from '@halo/reporting'
import { operations as ticketsOperations } from '@halo/tickets'

/**
 * Every generated operation of every domain package, by its generated name (names are unique). Typed by
 * reference to each package's record, so the declarations do not list the 1,216 operations again.
 */
export const allOperations: typeof ticketsOperations &
  typeof assetsOperations &
  typeof kbOperations &
  typeof reportingOperations &
  typeof financeOperations &
  typeof crmOperations &
  typeof adminOperations &
  typeof integrationsOperations = {
  ...ticketsOperations,
  ...assetsOperations,
  ...kbOperations,
  ...reportingOperations,
  ...financeOperations,
  ...crmOperations,
  ...adminOperations,
  ...integrationsOperations,
}

/** The type of {@link allOperations}: operation name → generated function. */
export type AllOperations = typeof allOperations
