// How this package writes a webhook's authentication into Halo's `Webhook` record, and reads it
// back. The spec types `authentication_type` as a bare integer; the codes below are those a public
// Halo client lists (0 none, 1 Basic, 3 API key: see the README), not an official table. Pass
// `fields` to registerWebhook to send other codes if your Halo version differs.

export const AUTHENTICATION_TYPE = { none: 0, basic: 1, header: 3 } as const

/** Record fields that hold credentials: never copied into what this package returns. */
export const SECRET_FIELDS = new Set(['basic_password', 'authentication_header'])

/** `POST /Webhook` body fields for an outbound (type 0) webhook sending JSON by POST (method 0). */
export const OUTBOUND_WEBHOOK = {
  type: 0,
  method: 0,
  content_type: 'application/json',
  active: true,
} as const
