// The fields each kind of record shows by default: what an agent needs to identify and act on it.
// Everything else is one `fields` argument away.

export const TICKET_FIELDS = [
  'id',
  'summary',
  'tickettype_id',
  'status_id',
  'priority_id',
  'client_id',
  'client_name',
  'site_name',
  'user_id',
  'user_name',
  'agent_id',
  'agent_name',
  'team',
  'category_1',
  'dateoccurred',
  'lastactiondate',
  'fixbydate',
  'datecleared',
] as const

export const ACTION_FIELDS = [
  'id',
  'outcome',
  'who',
  'datetime',
  'new_status',
  'hiddenfromuser',
  'timetaken',
] as const

export const CLIENT_FIELDS = [
  'id',
  'name',
  'toplevel_name',
  'inactive',
  'phonenumber',
  'website',
  'email',
] as const

export const USER_FIELDS = [
  'id',
  'name',
  'emailaddress',
  'phonenumber',
  'client_id',
  'client_name',
  'site_id',
  'site_name',
  'inactive',
] as const

export const ASSET_FIELDS = [
  'id',
  'inventory_number',
  'key_field',
  'key_field2',
  'assettype_id',
  'assettype_name',
  'client_id',
  'client_name',
  'site_name',
  'user_id',
  'username',
  'inactive',
] as const

export const KB_FIELDS = ['id', 'name', 'description', 'date_edited'] as const
