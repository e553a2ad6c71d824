/**
 * The longest delay one timer holds. setTimeout keeps delays in a signed 32-bit integer; anything
 * longer (about 24.8 days) fires at once, with a TimeoutOverflowWarning.
 */
export const MAX_TIMER_MS = 2_147_483_647
