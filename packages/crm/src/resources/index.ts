// The record helpers are @halo/core's `RecordHelpers`; this name is kept for existing imports.
export type { RecordHelpers as CrmRecordHelpers } from '@halo/core/resource'
// Earlier names of the generated agent and team types, kept for existing imports.
export type {
  Agent as AgentData,
  ListAgentsParams as ListAgentsFilters,
  ListTeamsParams as ListTeamsFilters,
  Team as TeamData,
} from '../generated/index.js'
export { type AgentHelpers, type AgentRecord, type AgentsResource, agents } from './agents/agents.js'
export type { ClientContractRow } from './clients/client-contract-row.js'
export type { ClientContractFilters, ClientHelpers, ClientRecord } from './clients/client-record.js'
export { type ClientsResource, clients } from './clients/clients.js'
export { type CrmNoteRecord, type CrmNotesResource, crmNotes } from './crm-notes/crm-notes.js'
export {
  type OpportunitiesResource,
  type OpportunityHelpers,
  type OpportunityRecord,
  opportunities,
} from './opportunities/opportunities.js'
export { type RoleHelpers, type RoleRecord, type RolesResource, roles } from './roles/roles.js'
export type { CrmCustomFieldHelpers } from './shared/custom-field-helpers.js'
export type { CustomFieldRecord, CustomFieldRecordHelpers } from './shared/custom-field-resource.js'
export { type SiteHelpers, type SiteRecord, type SitesResource, sites } from './sites/sites.js'
export { type TeamHelpers, type TeamRecord, type TeamsResource, teams } from './teams/teams.js'
export type { UserHelpers, UserRecord } from './users/user-record.js'
export { type UsersResource, users } from './users/users.js'
