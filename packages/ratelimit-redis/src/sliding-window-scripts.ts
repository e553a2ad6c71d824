/*
 * The Lua scripts behind the rate-limit store. Each runs atomically inside Redis, so no two workers
 * can both see the last free slot. Time comes from Redis's own `TIME`, one clock for every
 * process, so clock skew between worker machines cannot widen the window.
 *
 * Keys: KEYS[1] the window (a sorted set: member = one granted request, score = its time in ms:
 * when it was answered, or granted if it is not held in flight), KEYS[2] the block (a string:
 * Redis-clock epoch ms until which every caller waits), KEYS[3] the requests in flight (a sorted
 * set: member = one granted request not answered yet, score = the end of its lease in ms).
 */

// Redis < 5 replicates scripts verbatim and refuses writes after a non-deterministic command such
// as TIME unless effects replication is switched on; Redis >= 5 does this already (7 ignores it).
const replicateEffects = 'if redis.replicate_commands then redis.replicate_commands() end'

const redisNowMs = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + tonumber(clock[2]) / 1000`

/**
 * ARGV: limit, windowMs (margin included), a member id unique to this call (a random UUID), leaseMs
 * (0: the slot is counted in the window from its grant; otherwise it is held in flight until settled
 * or until this long has passed, the bound on what a process that dies can hold).
 * Returns { 1, 0 } when a slot was taken, { 0, retryInMs } otherwise.
 */
export const acquireSlotLua = `${replicateEffects}
${redisNowMs}
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local lease = tonumber(ARGV[4])

local blockedUntil = tonumber(redis.call('GET', KEYS[2]) or '0')
if blockedUntil > now then
  return { 0, math.ceil(blockedUntil - now) }
end

redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
local counted = redis.call('ZCARD', KEYS[1])
local inFlight = redis.call('ZCARD', KEYS[3])
if counted + inFlight < limit then
  if lease > 0 then
    redis.call('ZADD', KEYS[3], now + lease, ARGV[3])
    -- The key lives until its latest lease ends (a worker that dies leaves nothing behind once it
    -- has), and never less: processes with a shorter lease must not cut another's hold short.
    -- PTTL is negative for a key without an expiry, so that case sets one too.
    if redis.call('PTTL', KEYS[3]) < lease then
      redis.call('PEXPIRE', KEYS[3], math.ceil(lease))
    end
  else
    redis.call('ZADD', KEYS[1], now, ARGV[3])
    -- The window key outlives its newest entry by exactly one window, so a worker that dies
    -- mid-window leaves nothing behind.
    redis.call('PEXPIRE', KEYS[1], math.ceil(window))
  end
  return { 1, 0 }
end

-- Full. Settling only moves a slot from in flight to the window, so the count drops only when a
-- window entry leaves or a lease ends. If enough of the count is in the window, the wait is exact:
-- the entry whose leaving brings the count below the limit (more than one must go if the limit
-- was lowered, hence the index rather than always the oldest).
if inFlight < limit then
  local freeing = redis.call('ZRANGE', KEYS[1], counted + inFlight - limit, counted + inFlight - limit, 'WITHSCORES')
  local retry = math.ceil(tonumber(freeing[2]) + window - now)
  if retry < 1 then retry = 1 end
  return { 0, retry }
end
-- Full of requests in flight: none frees before its answer plus a window, or the first lease end.
-- Ask again then rather than sleep the whole lease.
local firstLease = redis.call('ZRANGE', KEYS[3], 0, 0, 'WITHSCORES')
local retry = math.ceil(math.min(window, tonumber(firstLease[2]) - now))
if retry < 1 then retry = 1 end
return { 0, retry }`

/**
 * Counts one granted slot from the time Halo answered it (see `RedisRateLimitStore.settle`): takes
 * it out of the in-flight set (KEYS[2]) and stamps it in the window (KEYS[1]). ARGV: the slot's
 * member id, windowMs (margin included). Adds the slot back if it had already left the window or
 * its lease had ended: Halo counted that request when it arrived, and it may still be in Halo's window.
 */
export const settleSlotLua = `${replicateEffects}
${redisNowMs}
redis.call('ZREM', KEYS[2], ARGV[1])
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
