// Tickets are generated from their id (deterministic, so 100 000 of them cost nothing until read) and
// spread over the active clients. The first few are hand-written showcase tickets.
import { haloDate, noDate } from '../http/halo-date.js'
import { pick } from '../mock/random.js'
import type { ActionRecord, TicketRecord } from '../store/records.js'
import { agentName, clientName, seedUsers, siteName, teamName } from './organisation.js'
import { seed } from './seed-ids.js'
import { closedStatusIds, seedCategories } from './service-desk-config.js'
import { stableGuid } from './stable-guid.js'

/** Seeded ticket dates run from here, one ticket every ~53 minutes. */
const epoch = Date.UTC(2025, 0, 6, 8, 30, 0)

interface Showcase {
  summary: string
  details: string
  tickettype_id: number
  user_id: number
  status_id: number
  priority_id: number
  agent_id: number
  team_id: number
  category_1: string
}

const showcase: Showcase[] = [
  {
    summary: 'Outlook keeps asking for a password',
    details: 'Since this morning Outlook prompts for my password every few minutes, even after I type it in.',
    tickettype_id: 1,
    user_id: 101,
    status_id: 2,
    priority_id: 3,
    agent_id: 2,
    team_id: 1,
    category_1: 'Software>Microsoft 365',
  },
  {
    summary: 'Warehouse label printer offline',
    details: 'The Zebra printer at dispatch bay 3 shows offline and labels are stuck in the queue.',
    tickettype_id: 1,
    user_id: 104,
    status_id: 1,
    priority_id: 2,
    agent_id: 3,
    team_id: 1,
    category_1: 'Hardware>Printer',
  },
  {
    summary: 'New starter: laptop and accounts for Clinic receptionist',
    details:
      'New receptionist starts on Monday at Abbey Clinic. Needs a laptop, email and practice software login.',
    tickettype_id: 2,
    user_id: 106,
    status_id: 5,
    priority_id: 3,
    agent_id: 4,
    team_id: 2,
    category_1: 'Accounts & Access>New Starter',
  },
  {
    summary: 'VPN drops every 20 minutes for remote CAD users',
    details: 'Several engineers working from home lose the VPN connection roughly every 20 minutes.',
    tickettype_id: 3,
    user_id: 110,
    status_id: 3,
    priority_id: 2,
    agent_id: 5,
    team_id: 3,
    category_1: 'Network>VPN',
  },
  {
    summary: 'Replace core switch at Head Office',
    details: 'Planned replacement of the end-of-life core switch during the Saturday maintenance window.',
    tickettype_id: 4,
    user_id: 116,
    status_id: 5,
    priority_id: 3,
    agent_id: 5,
    team_id: 3,
    category_1: 'Network',
  },
  {
    summary: 'Till PC will not boot after power cut',
    details: 'After the power cut last night the till PC shows a black screen with a blinking cursor.',
    tickettype_id: 1,
    user_id: 114,
    status_id: 9,
    priority_id: 1,
    agent_id: 2,
    team_id: 1,
    category_1: 'Hardware>Desktop',
  },
]

const summaries = [
  'Cannot access shared drive',
  'Password reset request',
  'Laptop running very slowly',
  'Printer jam on second floor',
  'Email bouncing back from supplier',
  'Teams calls dropping',
  'Request for additional monitor',
  'Wi-Fi not working in meeting room',
  'Software install request: Adobe Acrobat',
  'Mailbox full warning',
  'Account locked out',
  'Phone handset not registering',
  'Backup job failed overnight',
  'Scanner not sending to email',
  'Access to finance folder needed',
  'Browser keeps crashing',
  'Cannot log in to booking system',
  'New mobile phone setup',
  'Spam emails getting through',
  'Remote desktop connection refused',
]

const detailsTemplates = [
  'Started happening this morning and is affecting my work.',
  'This has been intermittent for a few days; I have already restarted.',
  'Please can someone take a look as soon as possible.',
  'Colleagues at the same site report the same problem.',
]

/**
 * Every generated ticket's details, by summary and template: made once, so tickets share the strings
 * (JSON.stringify copies a string joined from parts into one piece, once per string, not per use).
 */
const generatedDetails = summaries.map((summary) =>
  detailsTemplates.map((template) => `${summary}. ${template}`),
)

/** `<p>text</p>`, the same string for the same text while few texts have been seen (see generatedDetails). */
const paragraphs = new Map<string, string>()
function paragraph(text: string): string {
  let html = paragraphs.get(text)
  if (html === undefined) {
    html = `<p>${text}</p>`
    // The seeded texts are a hundred or so; written ones are not kept.
    if (paragraphs.size < 500) paragraphs.set(text, html)
  }
  return html
}

const users = seedUsers().filter((u) => u.inactive === false)
const tier1 = seedCategories().filter((c) => c.type_id === 1)
const tier2 = seedCategories().filter((c) => c.type_id === 2)
const openStatuses = [1, 2, 3, 4, 5]
const ticketTypeTeams: Record<number, number> = { 1: 1, 2: 2, 3: 3, 4: 3 }

/** Who reported a seeded ticket, and where (the first active user when its user is unknown). */
function reporter(s: Showcase) {
  const user = users.find((u) => u.id === s.user_id) ?? users[0]
  return {
    clientId: (user?.client_id as number) ?? seed.clientId,
    siteId: (user?.site_id as number) ?? seed.siteId,
    userId: (user?.id as number) ?? seed.userId,
    name: (user?.name as string) ?? '',
    email: (user?.emailaddress as string) ?? '',
  }
}

/** When seeded ticket `id` was logged, in epoch ms. */
const occurredAt = (id: number) => epoch + (id - seed.firstTicketId) * 53 * 60_000

function ticketFields(id: number, s: Showcase): TicketRecord {
  const user = reporter(s)
  const clientId = user.clientId
  const siteId = user.siteId
  const occurred = occurredAt(id)
  const closed = closedStatusIds.has(s.status_id)
  const fixHours = [4, 24, 72, 120][s.priority_id - 1] ?? 72
  // One string for equal dates: JSON.stringify flattens each joined string once, however often it is written.
  const respondBy = haloDate(occurred + 3_600_000)
  const fixBy = haloDate(occurred + fixHours * 3_600_000)
  return {
    id,
    summary: s.summary,
    details: s.details,
    details_html: paragraph(s.details),
    tickettype_id: s.tickettype_id,
    status_id: s.status_id,
    sla_id: clientId === 12 ? 2 : 1,
    priority_id: s.priority_id,
    client_id: clientId,
    client_name: clientName(clientId),
    site_id: siteId,
    site_name: siteName(siteId),
    user_id: user.userId,
    user_name: user.name,
    user_email: user.email,
    reportedby: user.email,
    agent_id: s.agent_id,
    agent_name: agentName(s.agent_id),
    team_id: s.team_id,
    team: teamName(s.team_id),
    category_1: s.category_1,
    category_2: closed ? 'Fixed' : '',
    category_3: '',
    category_4: '',
    dateoccurred: haloDate(occurred),
    datecreated: haloDate(occurred + 2_000),
    lastactiondate: closed ? fixBy : respondBy,
    respondbydate: respondBy,
    fixbydate: fixBy,
    datecleared: closed ? haloDate(occurred + fixHours * 3_000_000) : noDate,
    deadlinedate: noDate,
    targetdate: noDate,
    excludefromsla: false,
    onhold: false,
    flagged: false,
    read: true,
    inactive: false,
    impact: 3,
    urgency: 3,
    estimate: 0,
    timetaken: 0,
    child_count: 0,
    attachment_count: 0,
    source: 3,
    organisation_id: 1,
    department_id: 1,
    guid: stableGuid(60, id),
  }
}

/** What seeded ticket `id` is generated from (hand-written for the first six). */
function seededShape(id: number): Showcase {
  const hand = showcase[id - seed.firstTicketId]
  if (hand) return hand
  const user = users[pick(id, 1, users.length)] ?? users[0]
  const tickettype = [1, 1, 1, 2, 2, 3, 4][pick(id, 2, 7)] ?? 1
  const statusRoll = pick(id, 3, 10)
  const status = statusRoll < 4 ? 9 : statusRoll < 5 ? 8 : (openStatuses[pick(id, 4, 5)] ?? 1)
  const priority = [1, 2, 2, 3, 3, 3, 4, 4][pick(id, 5, 8)] ?? 3
  const team = ticketTypeTeams[tickettype] ?? 1
  const agents = team === 1 ? [2, 3] : team === 2 ? [4, 6] : [5]
  const summaryAt = pick(id, 6, summaries.length)
  const summary = summaries[summaryAt] ?? 'Support request'
  return {
    summary,
    details: generatedDetails[summaryAt]?.[pick(id, 7, detailsTemplates.length)] ?? `${summary}. `,
    tickettype_id: tickettype,
    user_id: (user?.id as number) ?? seed.userId,
    status_id: status,
    priority_id: priority,
    agent_id: agents[pick(id, 8, agents.length)] ?? 2,
    team_id: team,
    category_1: (tier1[pick(id, 9, tier1.length)]?.value as string) ?? '',
  }
}

/** The ticket with this id as seeded (hand-written for the first six, generated after). */
export function makeTicket(id: number): TicketRecord {
  const t = ticketFields(id, seededShape(id))
  if (id === seed.firstTicketId) t.attachment_count = 2
  return t
}

export { tier2 as closureCodes }

/** What a ticket's seeded actions are written from. */
interface ActionSource {
  id: number
  agent_id: unknown
  /** When the ticket was logged, in epoch ms. */
  logged: number
  user_name: string
  details: string
  agent_name: string
  status_id: number
}

/** Seeded actions of a ticket: "Logged" by the user, an agent update, and a resolution if it is closed. */
export function makeActions(ticket: TicketRecord): ActionRecord[] {
  return actionsOf({
    id: ticket.id,
    agent_id: ticket.agent_id,
    logged: Date.parse(ticket.dateoccurred as string),
    user_name: ticket.user_name as string,
    details: ticket.details as string,
    agent_name: ticket.agent_name as string,
    status_id: ticket.status_id,
  })
}

/**
 * `makeActions(makeTicket(id))` without generating the ticket (the search of every action reads the
 * actions of every generated ticket).
 */
export function makeSeededActions(id: number): ActionRecord[] {
  const s = seededShape(id)
  return actionsOf({
    id,
    agent_id: s.agent_id,
    logged: occurredAt(id),
    user_name: reporter(s).name,
    details: s.details,
    agent_name: agentName(s.agent_id),
    status_id: s.status_id,
  })
}

function actionsOf(ticket: ActionSource): ActionRecord[] {
  const logged = ticket.logged
  const actions: ActionRecord[] = [
    actionFields(ticket, 1, 6, 'Logged', ticket.user_name, 2, ticket.details, logged, 1),
  ]
  const agent = ticket.agent_name || 'Priya Shah'
  if (ticket.status_id !== 1) {
    actions.push(
      actionFields(
        ticket,
        2,
        2,
        'Email User',
        agent,
        1,
        'Thanks for reporting this, I am looking into it now.',
        logged + 1_800_000,
        ticket.status_id === 2 ? 2 : 1,
      ),
    )
  }
  if (closedStatusIds.has(ticket.status_id)) {
    actions.push(
      actionFields(
        ticket,
        actions.length + 1,
        3,
        'Resolved',
        agent,
        1,
        'Issue resolved; please reopen if it comes back.',
        logged + 7_200_000,
        ticket.status_id,
      ),
    )
  }
  return actions
}

export function actionFields(
  ticket: { id: number; agent_id?: unknown },
  id: number,
  outcomeId: number,
  outcome: string,
  who: string,
  whoType: number,
  note: string,
  at: number,
  newStatus: number,
): ActionRecord {
  const when = haloDate(at) // one string for both fields (see ticketFields)
  return {
    ticket_id: ticket.id,
    id,
    outcome,
    outcome_id: outcomeId,
    who,
    who_type: whoType,
    who_agentid: whoType === 1 ? ((ticket.agent_id as number) ?? 0) : 0,
    datetime: when,
    actiondatecreated: when,
    note,
    note_html: paragraph(note),
    hiddenfromuser: outcomeId === 1,
    important: false,
    timetaken: outcomeId === 6 ? 0 : 0.25,
    old_status: 1,
    new_status: newStatus,
    attachment_count: 0,
    sendemail: outcomeId === 2,
    actisbillable: true,
    actionchargehours: 0,
    chargerate: 0,
    _canupdate: true,
  }
}
