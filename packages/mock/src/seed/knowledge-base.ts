// Knowledge-base articles and FAQ lists (hand-written).
import type { HaloRecord } from '../store/collection.js'
import { stableGuid } from './stable-guid.js'

const articles: [string, string, string, number[]][] = [
  [
    'Reset your password with self-service',
    'Use the self-service portal to reset a forgotten password without calling the service desk.',
    'Go to the portal, choose "Forgotten password", confirm the code sent to your phone and pick a new password of at least 14 characters.',
    [1],
  ],
  [
    'Connect to the company VPN',
    'How to install the VPN client and connect when working away from the office.',
    'Install the client from the Company Portal, sign in with your work account and approve the MFA prompt.',
    [2],
  ],
  [
    'Outlook keeps prompting for a password',
    'Fix repeated credential prompts in Outlook for Microsoft 365.',
    'Sign out of all Office apps, clear cached credentials in Credential Manager, then sign in again.',
    [1, 3],
  ],
  [
    'Add a shared mailbox to Outlook',
    'Open a shared mailbox you have been given access to.',
    'In Outlook choose File > Account Settings > Change > More Settings > Advanced and add the mailbox.',
    [3],
  ],
  [
    'Set up MFA on a new phone',
    'Move the Authenticator app to a new phone.',
    'Use the "Security info" page to add the new device before wiping the old one.',
    [1],
  ],
  [
    'Clear a stuck print queue',
    'What to do when documents will not print.',
    'Restart the Print Spooler service or remove and re-add the printer.',
    [4],
  ],
  [
    'Request new software',
    'How to ask for software that is not already installed.',
    'Log a Service Request with the product name and business justification.',
    [4],
  ],
  [
    'Map a network drive',
    'Reconnect the shared drive letters.',
    'Open File Explorer, choose Map network drive and enter the path given by IT.',
    [2],
  ],
  [
    'Book a meeting room display',
    'Use the meeting room screens with Teams.',
    'Join from the room console; the display wakes automatically.',
    [3],
  ],
  [
    'Report a phishing email',
    'What to do with a suspicious email.',
    'Use the Report Message button; do not click links or forward it.',
    [1, 3],
  ],
  [
    'Wi-Fi for guests',
    'Give visitors internet access.',
    'Reception can print a one-day guest voucher from the portal.',
    [2],
  ],
  [
    'Archive old emails',
    'Keep your mailbox under its quota.',
    'Turn on Online Archive and set an archive policy of one year.',
    [3],
  ],
]

export function seedKbArticles(): HaloRecord[] {
  return articles.map(([name, description, resolution, faqlists], i) => {
    const id = i + 1
    return {
      id,
      name,
      description,
      description_html: `<p>${description}</p>`,
      resolution,
      resolution_html: `<p>${resolution}</p>`,
      type: 0,
      inactive: false,
      view_count: 40 + ((id * 37) % 200),
      useful_count: 5 + ((id * 7) % 20),
      notuseful_count: (id * 3) % 5,
      your_vote: 0,
      date_created: `2024-0${1 + (id % 9)}-0${1 + (id % 8)}T10:00:00`,
      date_edited: `2024-1${id % 3}-1${id % 9}T15:30:00`,
      creator_id: 6,
      creator_name: 'Mei Lin',
      tag_string: name.toLowerCase().split(' ').slice(0, 3).join(','),
      faqlists: faqlists.map((f) => ({ id: f, name: faqListNames[f - 1] ?? '' })),
      showforall: true,
      next_review_date: '2026-06-30T00:00:00',
    }
  })
}

const faqListNames = ['Accounts & Security', 'Remote Working', 'Email & Calendar', 'Printing & Software']

export function seedFaqLists(): HaloRecord[] {
  return faqListNames.map((name, i) => ({
    id: i + 1,
    guid: stableGuid(90, i + 1),
    name,
    showforall: true,
    level: 0,
    is_group: false,
    group_id: 0,
    full_name: name,
    article_count: articles.filter((a) => a[3].includes(i + 1)).length,
    type: 0,
  }))
}
