import { HaloClient, type HaloClientOptions } from '@halo/client'
import { DEFAULT_RATE_LIMIT, HALO_ENV_VARIABLES, isHaloError, parseRateLimitText } from '@halo/core'
import { classifyNetworkError } from '../doctor/classify-network-error.js'
import { type DoctorCheck, renderDoctorReport } from '../doctor/doctor-check.js'
import { type ObservedExchange, observeFetch } from '../doctor/fetch-observer.js'
import { CliError } from '../errors/cli-error.js'
import { EXIT_CODES } from '../errors/exit-codes.js'
import type { CommandModule } from '../program/command-module.js'
import type { CommandContext } from '../runtime/command-context.js'
import { resolveClientOptions } from '../runtime/resolve-client.js'

const isHtml = (exchange: ObservedExchange | undefined) => /html/i.test(exchange?.contentType ?? '')

/** Records a failed check after which nothing could succeed; answers the configuration exit code. */
function stopWithFailure(
  checks: DoctorCheck[],
  failed: { check: string; detail: string; fix: string },
): number {
  checks.push({ check: failed.check, status: 'fail', detail: failed.detail, fix: failed.fix })
  return EXIT_CODES.configuration
}

/** The checks, in order; each stops the run when nothing after it could succeed. Answers the exit code. */
async function diagnose(ctx: CommandContext, checks: DoctorCheck[]): Promise<number> {
  // 1. Configuration
  let options: HaloClientOptions
  try {
    options = await resolveClientOptions(ctx.globals, ctx.io.env)
  } catch (error) {
    return stopWithFailure(checks, {
      check: 'configuration',
      detail: (error as Error).message,
      fix: 'run "halo login", or set HALO_BASE_URL, HALO_CLIENT_ID and HALO_CLIENT_SECRET',
    })
  }
  const fromEnv = Object.entries(HALO_ENV_VARIABLES)
    .filter(([, variable]) => (ctx.io.env[variable] ?? '').trim() !== '')
    .map(([, variable]) => variable)
  checks.push({
    check: 'configuration',
    status: 'ok',
    detail: `profile "${ctx.globals.profile ?? ctx.io.env.HALO_PROFILE ?? 'default'}"${fromEnv.length > 0 ? `, overridden by ${fromEnv.join(', ')}` : ''}; client id ${options.clientId}`,
  })

  // 2. Base URL shape
  const baseUrl = String(options.baseUrl)
  let parsed: URL
  try {
    parsed = new URL(baseUrl)
  } catch {
    return stopWithFailure(checks, {
      check: 'base URL',
      detail: `"${baseUrl}" is not a URL`,
      fix: 'use the instance root, e.g. https://yourcompany.halopsa.com',
    })
  }
  if (/\/api\/api(\/|$)/i.test(parsed.pathname)) {
    return stopWithFailure(checks, {
      check: 'base URL',
      detail: `${baseUrl} has /api twice`,
      fix: `use ${parsed.origin}${parsed.pathname.replace(/\/api\/api(\/|$)/i, '/api$1').replace(/\/+$/, '')} or just ${parsed.origin}`,
    })
  }
  const exchanges: ObservedExchange[] = []
  const discovery: string[] = []
  let client: HaloClient
  try {
    client = new HaloClient({
      ...options,
      fetch: observeFetch(exchanges),
      retry: { retries: 1 },
      logger: { info: (message) => discovery.push(message) },
    })
  } catch (error) {
    return stopWithFailure(checks, {
      check: 'base URL',
      detail: (error as Error).message,
      fix: 'use the instance root over https://',
    })
  }
  checks.push({ check: 'base URL', status: 'ok', detail: `API root ${client.apiUrl}` })

  // 3–5. Reaching the host (DNS, TLS), AuthInfo discovery and the token, all from one token request
  let tokenError: unknown
  let expiresAt = 0
  try {
    expiresAt = (await client.getAccessToken({ signal: ctx.signal })).expiresAt
  } catch (error) {
    tokenError = error
  }
  const authInfo = exchanges.find((e) => /\/api\/authinfo$/i.test(e.url))
  if (authInfo?.errorCode !== undefined || (authInfo && authInfo.status === undefined)) {
    return stopWithFailure(checks, classifyNetworkError(authInfo.errorCode, parsed.host))
  }
  checks.push({
    check: 'DNS/TLS',
    status: 'ok',
    detail: `${parsed.host} answered over ${parsed.protocol.replace(':', '')}`,
  })
  if (authInfo && isHtml(authInfo)) {
    return stopWithFailure(checks, {
      check: 'AuthInfo',
      detail: `${authInfo.url} answered an HTML page (status ${authInfo.status}), not Halo's JSON: the base URL is not a Halo API`,
      fix: 'use the address you open Halo at (https://yourcompany.halopsa.com), not a login page, a portal or a proxy',
    })
  }
  const discovered = discovery.find((line) => /Discovered|AuthInfo/i.test(line))
  checks.push(
    authInfo?.status === 200
      ? {
          check: 'AuthInfo',
          status: 'ok',
          detail: `authorisation server discovered${options.tenant ? `; tenant ${options.tenant}` : ''}`,
        }
      : {
          check: 'AuthInfo',
          status: 'warn',
          detail: `discovery answered ${authInfo?.status ?? 'nothing'}; using ${parsed.origin}/auth${discovered ? ` (${discovered})` : ''}`,
          fix: 'if tokens fail, pass --auth-url to "halo login" (hosted instances: https://yourcompany.halopsa.com/auth)',
        },
  )
  if (tokenError !== undefined) {
    const token = exchanges.find((e) => /\/token$/i.test(e.url))
    checks.push({
      check: 'token',
      status: 'fail',
      detail: isHtml(token)
        ? `the token URL ${token?.url} answered an HTML page (status ${token?.status})`
        : (tokenError as Error).message,
      fix: 'the message says which of client id, secret, tenant or scope to check; then run "halo login" again',
    })
    return EXIT_CODES.configuration
  }
  checks.push({
    check: 'token',
    status: 'ok',
    detail: `granted, valid for ${Math.max(0, Math.round((expiresAt - Date.now()) / 60_000))} minutes`,
  })

  // 6. A cheap GET
  let code: number = EXIT_CODES.ok
  try {
    const me = (await client.get<Record<string, unknown>>('/Agent/me', { signal: ctx.signal })) ?? {}
    checks.push({
      check: 'API call',
      status: 'ok',
      detail: `GET /Agent/me: signed in as ${String(me.name ?? me.id ?? 'the API agent')}`,
    })
  } catch (error) {
    checks.push({
      check: 'API call',
      status: 'fail',
      detail: isHaloError(error) ? error.message : String(error),
      fix: "check the API application's agent and permissions in Halo (Configuration > Integrations > Halo API)",
    })
    code = EXIT_CODES.haloError
  }

  // 7. The rate limit learned so far
  const limited = exchanges.filter((e) => e.status === 429)
  const learned = limited
    .map((e) => (e.rateLimitText ? parseRateLimitText(e.rateLimitText) : undefined))
    .find(Boolean)
  const window = learned ?? DEFAULT_RATE_LIMIT
  checks.push({
    check: 'rate limit',
    status: limited.length > 0 ? 'warn' : 'ok',
    detail:
      `${window.requests} requests per ${Math.round(window.windowMs / 1000)} s ` +
      (learned
        ? "(learned from Halo's 429 answer)"
        : limited.length > 0
          ? '(Halo answered 429 without naming its window)'
          : "(the library's default; Halo announced no lower limit during these checks)"),
    ...(limited.length > 0
      ? { fix: 'another integration may be using the same budget; spread jobs out' }
      : {}),
  })
  return code
}

/** `halo doctor`: what is wrong with the configuration or the connection, in order, and what to fix. */
export const doctorCommand: CommandModule = (program, cli) => {
  program
    .command('doctor')
    .description('check configuration, base URL, DNS/TLS, AuthInfo, the token, one GET and the rate limit')
    .action(
      cli.action(async (ctx) => {
        const checks: DoctorCheck[] = []
        const code = await diagnose(ctx, checks)
        if (ctx.output.format === 'table') ctx.io.stdout.write(renderDoctorReport(checks))
        else ctx.output.result(checks)
        if (code !== EXIT_CODES.ok) {
          const failed = checks.find((c) => c.status === 'fail')
          throw new CliError(
            `doctor: ${failed?.check ?? 'a check'} failed${failed?.fix ? `: ${failed.fix}` : ''}`,
            code as 1 | 3,
          )
        }
      }),
    )
}
