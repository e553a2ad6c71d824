import { sdkUserAgent } from '../observability/user-agent.js'

/** Computed once per process: the runtime does not change while it runs. */
const USER_AGENT = sdkUserAgent()

/**
 * `headers` with the SDK's `User-Agent` added, unless the caller sent one of their own (in any
 * case): the caller's header wins, whole, so an app that names itself is not overridden.
 */
export function withUserAgent(headers: Record<string, string>): Record<string, string> {
  if (USER_AGENT === undefined || hasUserAgent(headers)) return headers
  headers['user-agent'] = USER_AGENT
  return headers
}

export function hasUserAgent(headers: Readonly<Record<string, string>> | undefined): boolean {
  return headers !== undefined && Object.keys(headers).some((key) => key.toLowerCase() === 'user-agent')
}
