// The SDK's models the typed events carry. Every import of them goes through this file, so moving
// them to another package changes this line only.
export type { Action, Ticket } from '@halo/tickets'
