// Appointments and sales opportunities.
import type { HaloRecord } from '../store/collection.js'
import { agentName, clientName } from './organisation.js'
import { seed } from './seed-ids.js'

export function seedAppointments(): HaloRecord[] {
  return [
    ['Onsite visit: label printer', 3, 1002, 11, 22, 104],
    ['New starter laptop handover', 4, 1003, 12, 24, 106],
    ['Core switch replacement', 5, 1005, 15, 27, 116],
    ['Quarterly service review', 7, 0, 13, 25, 110],
    ['VPN troubleshooting session', 5, 1004, 13, 25, 110],
    ['Backup restore test', 5, 0, 11, 21, 101],
    ['Quarterly service review', 7, 0, 15, 27, 116],
    ['Phishing awareness training', 6, 0, 14, 26, 114],
    ['Firewall firmware update', 5, 0, 12, 23, 106],
    ['Laptop refresh planning', 7, 0, 11, 21, 102],
  ].map(([subject, agent, ticket, client, site, user], i) => {
    const day = String(7 + i).padStart(2, '0')
    return {
      id: i + 1,
      subject: subject as string,
      start_date: `2025-07-${day}T09:00:00`,
      end_date: `2025-07-${day}T10:30:00`,
      agent_id: agent as number,
      agent_name: agentName(agent as number),
      ticket_id: ticket as number,
      client_id: client as number,
      client_name: clientName(client as number),
      site_id: site as number,
      user_id: user as number,
      allday: false,
      note: '',
      is_private: false,
      complete_status: 0,
      appointment_type_id: 1,
    }
  })
}

export function seedOpportunities(): HaloRecord[] {
  return [
    ['Laptop refresh for 25 users', 11, 101, 21250],
    ['Managed firewall for two clinics', 12, 106, 4800],
    ['Microsoft 365 migration', 13, 110, 12500],
    ['Card terminal and Wi-Fi upgrade', 14, 114, 2300],
    ['Glasgow branch network', 15, 119, 8700],
    ['Backup as a service', 11, 102, 3600],
    ['Cyber Essentials Plus readiness', 15, 116, 5400],
    ['Phone system replacement', 13, 113, 9900],
  ].map(([summary, client, user, value], i) => ({
    id: seed.opportunityId + i,
    summary: summary as string,
    details: `${summary}: proposal requested by the client.`,
    tickettype_id: seed.opportunityTypeId,
    status_id: i < 5 ? 2 : 9,
    client_id: client as number,
    client_name: clientName(client as number),
    user_id: user as number,
    site_id: 0,
    agent_id: 7,
    agent_name: agentName(7),
    oppvalue: value as number,
    oppcompanyname: clientName(client as number),
    dateoccurred: `2025-0${1 + i}-03T10:00:00`,
    targetdate: `2025-0${2 + i}-28T00:00:00`,
    use: 'opps',
  }))
}
