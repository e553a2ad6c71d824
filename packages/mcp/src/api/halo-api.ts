import { operationDescriptors as adminDescriptors } from '@halo/admin'
import { operationDescriptors as assetsDescriptors } from '@halo/assets'
import { type HaloResources, resourceFactories } from '@halo/client'
import type { HaloCore, OperationDescriptor } from '@halo/core'
import { operationDescriptors as crmDescriptors } from '@halo/crm'
import { operationDescriptors as financeDescriptors } from '@halo/finance'
import { operationDescriptors as integrationsDescriptors } from '@halo/integrations'
import { operationDescriptors as kbDescriptors } from '@halo/kb'
import { operationDescriptors as reportingDescriptors } from '@halo/reporting'
import { operationDescriptors as ticketsDescriptors } from '@halo/tickets'

/** The resources the curated tools use. */
export type ToolResources = Pick<
  HaloResources,
  | 'tickets'
  | 'actions'
  | 'ticketTypes'
  | 'categories'
  | 'statuses'
  | 'priorities'
  | 'outcomes'
  | 'agents'
  | 'teams'
  | 'clients'
  | 'users'
  | 'assets'
  | 'kbArticles'
  | 'reports'
>

/** What the tools call Halo through: one core (one token, one rate limiter) and its resources. */
export interface HaloApi {
  readonly core: HaloCore
  readonly resources: ToolResources
}

const RESOURCE_NAMES = [
  'tickets',
  'actions',
  'ticketTypes',
  'categories',
  'statuses',
  'priorities',
  'outcomes',
  'agents',
  'teams',
  'clients',
  'users',
  'assets',
  'kbArticles',
  'reports',
] as const satisfies readonly (keyof ToolResources)[]

function hasResources(core: HaloCore): core is HaloCore & ToolResources {
  return RESOURCE_NAMES.every(
    (name) => typeof (core as unknown as Record<string, unknown>)[name] === 'object',
  )
}

/**
 * The API over a `HaloClient` (its own resources, so name lookups share its caches) or over a bare
 * `HaloCore` (the same resources, built from the domain packages' factories).
 */
export function haloApiOf(core: HaloCore): HaloApi {
  if (hasResources(core)) return { core, resources: core }
  const resources: Partial<Record<keyof ToolResources, unknown>> = {}
  for (const name of RESOURCE_NAMES) resources[name] = resourceFactories[name](core)
  return { core, resources: resources as ToolResources }
}

let descriptors: ReadonlyMap<string, OperationDescriptor> | undefined

/** The descriptor (method, path, paging, list key) of every generated operation, by name. */
export function operationDescriptor(name: string): OperationDescriptor | undefined {
  descriptors ??= new Map(
    [
      ...ticketsDescriptors,
      ...assetsDescriptors,
      ...kbDescriptors,
      ...reportingDescriptors,
      ...financeDescriptors,
      ...crmDescriptors,
      ...adminDescriptors,
      ...integrationsDescriptors,
    ].map((descriptor) => [descriptor.name, descriptor]),
  )
  return descriptors.get(name)
}
