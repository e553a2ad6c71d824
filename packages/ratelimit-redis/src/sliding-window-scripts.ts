/*
 * The Lua scripts behind the rate-limit store. Each runs atomically inside Redis, so no two workers
 * can both see the last free slot. Time comes from Redis's own `TIME`, one clock for every
 * process, so clock skew between worker machines cannot widen the window.
 *
 * Keys: KEYS[1] the window (a sorted set: member = one granted request, score = its time in ms),
 * KEYS[2] the block (a string: Redis-clock epoch ms until which every caller waits).
 */

// Redis < 5 replicates scripts verbatim and refuses writes after a non-deterministic command such
// as TIME unless effects replication is switched on; Redis >= 5 does this already (7 ignores it).
const replicateEffects = 'if redis.replicate_commands then redis.replicate_commands() end'

const redisNowMs = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000`

/**
 * ARGV: limit, windowMs (margin included), a member id unique to this call (a random UUID).
 * Returns { 1, 0 } when a slot was taken, { 0, retryInMs } otherwise.
 */
export const acquireSlotLua = `${replicateEffects}
${redisNowMs}
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])

local blockedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
if blockedUntil > now then
  return { 0, math.ceil(blockedUntil - now) }
end

redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local taken = redis.call('ZCARD', KEYS[1])
if taken < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  -- The window key outlives its newest entry by exactly one window, so a worker that dies
  -- mid-window leaves nothing behind.
  redis.call('PEXPIRE', KEYS[1], math.ceil(window))
  return { 1, 0 }
end

-- Full: a slot frees when enough of the oldest entries leave. If the limit was lowered, more
-- than one must go, hence the index rather than always the oldest.
local freeing = redis.call('ZRANGE', KEYS[1], taken - limit, taken - limit, 'WITHSCORES')
local retry = math.ceil(tonumber(freeing[2]) + window - now)
if retry < 1 then retry = 1 end
return { 0, retry }`

/**
 * Re-stamps one granted slot with the time Halo answered it (see `RedisRateLimitStore.hooks`).
 * ARGV: the slot's member id, windowMs (margin included). Adds the slot back if it had already
 * left the window: Halo counted that request when it arrived, and it may still be in Halo's window.
 */
export const settleSlotLua = `${replicateEffects}
${redisNowMs}
redis.call('ZADD', KEYS[1], now, ARGV[1])
-- Every entry is at most now (all were stamped by this clock), so one window from now covers them.
redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2])))
return 1`

/**
 * ARGV: how many ms from now to block (the caller's until-time turned into a duration, so only
 * Redis's clock decides when it ends). Keeps the later of an existing block and this one.
 * Returns the block's end on Redis's clock.
 */
export const blockLua = `${replicateEffects}
${redisNowMs}
local untilMs = math.ceil(now + tonumber(ARGV[1]))
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilMs > current then
  redis.call('SET', KEYS[1], untilMs)
  redis.call('PEXPIREAT', KEYS[1], untilMs)
  return untilMs
end
return current`
