// Customers, their sites and contacts, and the service desk's own agents and teams (hand-written).
import type { HaloRecord } from '../store/collection.js'
import { stableGuid } from './stable-guid.js'

interface ClientSeed {
  id: number
  name: string
  colour: string
  inactive?: boolean
  accountmanager: number
}

const clientSeeds: ClientSeed[] = [
  { id: 11, name: 'Northwind Logistics', colour: '#2b7bd3', accountmanager: 7 },
  { id: 12, name: 'Contoso Dental Group', colour: '#36b37e', accountmanager: 7 },
  { id: 13, name: 'Fabrikam Engineering', colour: '#ff8b00', accountmanager: 6 },
  { id: 14, name: 'Harbour Street Bakery', colour: '#c0392b', accountmanager: 7 },
  { id: 15, name: 'Tailspin Travel', colour: '#8e44ad', accountmanager: 6 },
  { id: 16, name: 'Lakeside Veterinary Practice', colour: '#7f8c8d', inactive: true, accountmanager: 7 },
]

export function seedClients(): HaloRecord[] {
  return clientSeeds.map((c) => ({
    id: c.id,
    name: c.name,
    toplevel_id: 1,
    toplevel_name: 'Managed Customers',
    inactive: c.inactive ?? false,
    colour: c.colour,
    confirmemail: 1,
    actionemail: 1,
    clearemail: 1,
    messagegroup_id: -1,
    accountmanagertech: c.accountmanager,
    pritech: 2,
    sectech: 4,
    notes: '',
    datecreated: '2021-03-15T09:12:44.21',
    is_vip: c.id === 12,
    customfields: [],
  }))
}

export const siteSeeds = [
  { id: 21, client_id: 11, name: 'Head Office', city: 'Leeds', postcode: 'LS1 4DY', phone: '0113 496 0000' },
  {
    id: 22,
    client_id: 11,
    name: 'Humber Warehouse',
    city: 'Hull',
    postcode: 'HU1 3DT',
    phone: '01482 496 010',
  },
  {
    id: 23,
    client_id: 12,
    name: 'Clifton Clinic',
    city: 'Bristol',
    postcode: 'BS8 4AA',
    phone: '0117 496 0200',
  },
  { id: 24, client_id: 12, name: 'Abbey Clinic', city: 'Bath', postcode: 'BA1 1LT', phone: '01225 496 020' },
  { id: 25, client_id: 13, name: 'Main Plant', city: 'Derby', postcode: 'DE1 2FS', phone: '01332 496 300' },
  {
    id: 26,
    client_id: 14,
    name: 'Harbour Street Shop',
    city: 'Whitby',
    postcode: 'YO22 4BS',
    phone: '01947 496 400',
  },
  {
    id: 27,
    client_id: 15,
    name: 'Head Office',
    city: 'Manchester',
    postcode: 'M1 1AE',
    phone: '0161 496 0500',
  },
  {
    id: 28,
    client_id: 15,
    name: 'Glasgow Branch',
    city: 'Glasgow',
    postcode: 'G1 2FF',
    phone: '0141 496 0510',
  },
  {
    id: 29,
    client_id: 16,
    name: 'Lakeside Surgery',
    city: 'Kendal',
    postcode: 'LA9 4DL',
    phone: '01539 496 600',
  },
] as const

export function clientName(clientId: number): string {
  return clientSeeds.find((c) => c.id === clientId)?.name ?? ''
}

export function seedSites(): HaloRecord[] {
  return siteSeeds.map((s) => ({
    id: s.id,
    name: s.name,
    client_id: s.client_id,
    client_name: clientName(s.client_id),
    clientsite_name: `${clientName(s.client_id)}/${s.name}`,
    inactive: s.client_id === 16,
    sla_id: s.client_id === 12 ? 2 : 1,
    phonenumber: s.phone,
    timezone: 'GMT Standard Time',
    isinvoicesite: true,
    isstocklocation: false,
    delivery_address: {
      line1: `${s.id} Market Street`,
      line2: s.city,
      line3: '',
      line4: '',
      postcode: s.postcode,
    },
    invoice_address: {
      line1: `${s.id} Market Street`,
      line2: s.city,
      line3: '',
      line4: '',
      postcode: s.postcode,
    },
    datecreated: '2021-03-15T09:20:02.5',
  }))
}

export function siteName(siteId: number): string {
  return siteSeeds.find((s) => s.id === siteId)?.name ?? ''
}

export function siteClient(siteId: number): number {
  return siteSeeds.find((s) => s.id === siteId)?.client_id ?? 0
}

/** [id, firstname, surname, site, job title, role ids, inactive?] */
const userSeeds: [number, string, string, number, string, number[], boolean?][] = [
  [101, 'Jordan', 'Ellis', 21, 'Operations Director', [1, 2]],
  [102, 'Aisha', 'Khan', 21, 'Office Manager', [1, 4]],
  [103, 'Ben', 'Whitaker', 21, 'Transport Planner', [1]],
  [104, 'Chloe', 'Brennan', 22, 'Warehouse Supervisor', [1, 5]],
  [105, 'Marek', 'Nowak', 22, 'Forklift Coordinator', [1]],
  [106, 'Sophie', 'Turner', 23, 'Practice Manager', [1, 2, 3]],
  [107, 'Rajesh', 'Patel', 23, 'Dentist', [1]],
  [108, 'Emily', 'Hughes', 24, 'Receptionist', [1]],
  [109, 'Oliver', 'Grant', 24, 'Dental Nurse', [1], true],
  [110, 'Hannah', 'Fischer', 25, 'Plant Manager', [1, 2, 3]],
  [111, 'Liam', "O'Connor", 25, 'CAD Engineer', [1]],
  [112, 'Zara', 'Ahmed', 25, 'Quality Lead', [1]],
  [113, 'Tom', 'Ridley', 25, 'Finance Controller', [1, 4]],
  [114, 'Isla', 'Morrison', 26, 'Owner', [1, 2, 4]],
  [115, 'Noah', 'Bell', 26, 'Shift Lead', [1]],
  [116, 'Grace', 'Lindqvist', 27, 'Head of IT Liaison', [1, 2, 3]],
  [117, 'Ethan', 'Clarke', 27, 'Travel Consultant', [1]],
  [118, 'Ruby', 'Sanders', 27, 'HR Advisor', [1]],
  [119, 'Callum', 'Fraser', 28, 'Branch Manager', [1, 5]],
  [120, 'Freya', 'Campbell', 28, 'Travel Consultant', [1]],
  [121, 'Megan', 'Price', 29, 'Practice Owner', [1, 2]],
]

export const userRoleSeeds: HaloRecord[] = [
  {
    id: 1,
    name: 'Standard User',
    canadd: true,
    canviewcontracts: false,
    canaccessinvoices: false,
    web_access_level: 0,
    showmeonly: 1,
  },
  {
    id: 2,
    name: 'Key Contact',
    canadd: true,
    canviewcontracts: true,
    canaccessinvoices: false,
    web_access_level: 2,
    showmeonly: 0,
  },
  {
    id: 3,
    name: 'Change Approver',
    canadd: true,
    canviewcontracts: false,
    canaccessinvoices: false,
    web_access_level: 1,
    showmeonly: 0,
    ischangeapprover2: true,
  },
  {
    id: 4,
    name: 'Finance Contact',
    canadd: true,
    canviewcontracts: true,
    canaccessinvoices: true,
    web_access_level: 1,
    showmeonly: 0,
  },
  {
    id: 5,
    name: 'Site Manager',
    canadd: true,
    canviewcontracts: false,
    canaccessinvoices: false,
    web_access_level: 1,
    showmeonly: 0,
  },
].map((r) => ({ guid: stableGuid(20, r.id), notes: '', is_integration: false, ...r }))

export function roleSummary(roleId: number): HaloRecord | undefined {
  const role = userRoleSeeds.find((r) => r.id === roleId)
  return role ? { id: role.id, name: role.name } : undefined
}

function emailDomain(clientId: number): string {
  return `${clientName(clientId)
    .toLowerCase()
    .replace(/[^a-z]+/g, '')}.example`
}

export function seedUsers(): HaloRecord[] {
  return userSeeds.map(([id, firstname, surname, siteId, title, roles, inactive]) => {
    const clientId = siteClient(siteId)
    return {
      id,
      name: `${firstname} ${surname}`,
      firstname,
      surname,
      initials: `${firstname[0]}${surname[0]}`,
      emailaddress: `${`${firstname}.${surname}`.toLowerCase().replace(/'/g, '')}@${emailDomain(clientId)}`,
      site_id: siteId,
      site_id_int: siteId,
      site_name: siteName(siteId),
      client_id: clientId,
      client_name: clientName(clientId),
      jobtitle: title,
      phonenumber: `07700 900${String(id).padStart(3, '0')}`,
      sitephonenumber: siteSeeds.find((s) => s.id === siteId)?.phone ?? '',
      inactive: inactive ?? false,
      colour: '#2bd3c6',
      isimportantcontact: roles.includes(2),
      neversendemails: false,
      priority_id: 0,
      linked_agent_id: 0,
      isserviceaccount: false,
      use: 'user',
      telpref: 0,
      roles: roles.map((r) => roleSummary(r)).filter((r) => r !== undefined),
      customfields: [],
      datecreated: '2022-01-10T08:30:00',
    }
  })
}

/** [id, firstname, surname, team id, job title] */
const agentSeeds: [number, string, string, number, string][] = [
  [1, 'Halo', 'API', 1, 'Integration account'],
  [2, 'Priya', 'Shah', 1, 'Service Desk Analyst'],
  [3, 'Tom', 'Becker', 1, 'Service Desk Analyst'],
  [4, 'Grace', 'Okafor', 2, 'Senior Engineer'],
  [5, 'Daniel', 'Reyes', 3, 'Infrastructure Engineer'],
  [6, 'Mei', 'Lin', 2, 'Service Desk Manager'],
  [7, 'Sam', 'Carter', 4, 'Account Manager'],
]

export const teamSeeds: HaloRecord[] = [
  { id: 1, name: '1st Line Support', sequence: 1, forrequests: true, foropps: false, forprojects: false },
  { id: 2, name: '2nd Line Support', sequence: 2, forrequests: true, foropps: false, forprojects: true },
  { id: 3, name: 'Infrastructure', sequence: 3, forrequests: true, foropps: false, forprojects: true },
  { id: 4, name: 'Sales', sequence: 4, forrequests: false, foropps: true, forprojects: false },
].map((t) => ({
  guid: stableGuid(21, t.id),
  department_id: 1,
  department_name: 'Service Delivery',
  inactive: false,
  ticket_count: 0,
  ...t,
}))

export function teamName(teamId: number): string {
  return (teamSeeds.find((t) => t.id === teamId)?.name as string | undefined) ?? ''
}

export function seedAgents(): HaloRecord[] {
  return agentSeeds.map(([id, firstname, surname, teamId, title]) => ({
    id,
    name: `${firstname} ${surname}`,
    firstname,
    surname,
    initials: `${firstname[0]}${surname[0]}`,
    email: `${`${firstname}.${surname}`.toLowerCase()}@halo-mock-msp.example`,
    team: teamName(teamId),
    team_id: teamId,
    jobtitle: title,
    isdisabled: false,
    is_agent: true,
    colour: '#4a90d9',
    teams: [{ id: teamId, name: teamName(teamId) }],
    roles: id === 1 ? [{ id: 1, name: 'API Integration' }] : [{ id: 2, name: 'Agent' }],
    ticket_count: 0,
  }))
}

export function agentName(agentId: number): string {
  const a = agentSeeds.find((s) => s[0] === agentId)
  return a ? `${a[1]} ${a[2]}` : ''
}

export function seedSuppliers(): HaloRecord[] {
  return [
    [1, 'Dell Technologies UK', 'uk-orders@dell.example', '0800 496 1000'],
    [2, 'Microsoft Licensing', 'licensing@microsoft.example', '0800 496 2000'],
    [3, 'Ingram Micro', 'sales@ingram.example', '01908 496 300'],
    [4, 'BT Business', 'business@bt.example', '0800 496 4000'],
    [5, 'Sophos Distribution', 'partners@sophos.example', '01235 496 500'],
  ].map(([id, name, email, phone]) => ({
    id: id as number,
    name: name as string,
    email_address: email as string,
    phone_number: phone as string,
    inactive: false,
    contact_name: 'Account Team',
    toplevel_id: 1,
    datecreated: '2020-11-02T10:00:00',
  }))
}
