/** A sentence for a network error code: which of DNS, TLS or the connection failed, and what to check. */
export function classifyNetworkError(
  code: string | undefined,
  host: string,
): { check: string; detail: string; fix: string } {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL') {
    return {
      check: 'DNS',
      detail: `the name ${host} does not resolve (${code})`,
      fix: 'check the spelling of the base URL (e.g. https://yourcompany.halopsa.com) and your DNS / VPN',
    }
  }
  if (code !== undefined && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_SSL/i.test(code)) {
    return {
      check: 'TLS',
      detail: `the TLS handshake with ${host} failed (${code})`,
      fix: 'a proxy may be intercepting HTTPS: set NODE_EXTRA_CA_CERTS to its CA, or check the certificate of a self-hosted instance',
    }
  }
  if (code === 'ECONNREFUSED') {
    return {
      check: 'connection',
      detail: `${host} refused the connection`,
      fix: 'check the port of the base URL and that Halo is running',
    }
  }
  return {
    check: 'connection',
    detail: `cannot reach ${host}${code ? ` (${code})` : ''}`,
    fix: 'check the network, a proxy (HTTPS_PROXY) or a firewall between this machine and Halo',
  }
}
