/** The two roots every URL is built from. */
export interface InstanceUrls {
  /** Instance root without `/api`: `https://acme.halopsa.com` (AuthInfo and `/auth` hang off it). */
  readonly rootUrl: string
  /** The API root: `https://acme.halopsa.com/api`. */
  readonly apiUrl: string
}

/** True for hosts that never leave the machine, where plain `http://` cannot be sniffed. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  if (host === 'localhost' || host.endsWith('.localhost')) return true
  if (host === '[::1]' || host === '::1') return true
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/**
 * Parses a URL option and refuses what would leak credentials: plain `http://` off loopback (the
 * client secret and tokens would cross the network readable), and user-info in the URL.
 */
export function parseSecureUrl(value: string, optionName: string, allowInsecureHttp: boolean): URL {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw new TypeError(
      `${optionName} is not a valid URL (${JSON.stringify(value)}); expected e.g. https://acme.halopsa.com`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`${optionName} must be an https:// URL, not ${url.protocol}//`)
  }
  if (url.protocol === 'http:' && !allowInsecureHttp && !isLoopbackHost(url.hostname)) {
    throw new TypeError(
      `${optionName} uses http:// (${url.host}); credentials would travel unencrypted. Use https://, ` +
        'or set allowInsecureHttp: true if this network is trusted (loopback hosts are always allowed).',
    )
  }
  if (url.username !== '' || url.password !== '') {
    throw new TypeError(`${optionName} must not contain a user name or password; pass credentials as options`)
  }
  if (url.search !== '' || url.hash !== '') {
    throw new TypeError(
      `${optionName} must not contain a query string or fragment (${url.origin}${url.pathname})`,
    )
  }
  return url
}

function withoutTrailingSlashes(path: string): string {
  return path.replace(/\/+$/, '')
}

/**
 * Refuses a `baseUrl` path that cannot be an instance root, before it turns into a confusing failure
 * later (`…/auth` would send the token request to `…/auth/auth/token` and blame `authUrl`; `…/api/api`
 * or `…/api/Tickets` would prefix every path). A self-hosted instance may live under a path of its own
 * (`https://intranet.example/halo`), so other prefixes are kept; what is refused is an `auth` segment
 * anywhere, and an `api` segment anywhere but last (see docs/halo-api.md, "Servers and URLs").
 */
function checkInstancePath(url: URL, root: string): void {
  const segments = root.split('/').filter((segment) => segment !== '')
  const offending = segments.find((segment) => /^(api|auth)$/i.test(segment))
  if (offending === undefined) return
  const suggestion = `${url.origin}${root.slice(0, root.search(new RegExp(`/${offending}(/|$)`, 'i')))}`
  throw new TypeError(
    `baseUrl should be the instance root, e.g. https://acme.halopsa.com (optionally ending in /api), ` +
      `not ${url.origin}${url.pathname}: the path contains "/${offending}"` +
      (offending.toLowerCase() === 'auth'
        ? ', which is where the authorisation server lives (set authUrl for a separate one).'
        : ', and every API path is added after /api.') +
      ` Try baseUrl: '${suggestion}'.`,
  )
}

/** Accepts the instance root with or without a trailing `/api` (and trailing slashes). */
export function resolveInstanceUrls(baseUrl: string, allowInsecureHttp: boolean): InstanceUrls {
  const url = parseSecureUrl(baseUrl, 'baseUrl', allowInsecureHttp)
  const path = withoutTrailingSlashes(url.pathname).replace(/\/api$/i, '')
  checkInstancePath(url, path)
  const rootUrl = `${url.origin}${path}`
  return { rootUrl, apiUrl: `${rootUrl}/api` }
}

/** Normalises an authorisation server URL (`https://acme.halopsa.com/auth`), dropping trailing slashes. */
export function resolveAuthUrl(authUrl: string, allowInsecureHttp: boolean): string {
  const url = parseSecureUrl(authUrl, 'authUrl', allowInsecureHttp)
  return `${url.origin}${withoutTrailingSlashes(url.pathname)}`
}
