import { HaloClient } from '@halo/client'
import { DEFAULT_PROFILE_NAME, type HaloProfile, haloConfigPath, saveHaloProfile } from '@halo/client/profile'
import { HALO_ENV_VARIABLES } from '@halo/core'
import { input, password } from '@inquirer/prompts'
import { configurationError, usageError } from '../errors/cli-error.js'
import { REDACTED_VALUE } from '../output/redact-secrets.js'
import type { CommandModule } from '../program/command-module.js'
import type { CommandContext } from '../runtime/command-context.js'

interface LoginOptions {
  readonly clientId?: string
  readonly clientSecret?: string
  readonly tenant?: string
  readonly authUrl?: string
  readonly scope?: string
  readonly default?: boolean
}

type Field = 'baseUrl' | 'clientId' | 'clientSecret'

const QUESTIONS: Record<Field, string> = {
  baseUrl: 'Halo URL (https://yourcompany.halopsa.com)',
  clientId: 'Client ID (Configuration > Integrations > Halo API)',
  clientSecret: 'Client secret',
}
const FLAGS: Record<Field, string> = {
  baseUrl: '--base-url',
  clientId: '--client-id',
  clientSecret: '--client-secret',
}

/** Each value from its flag, else its HALO_* variable, else (on a terminal) a prompt. */
async function gather(ctx: CommandContext, options: LoginOptions): Promise<HaloProfile> {
  const env = ctx.io.env
  const given = (flag: string | undefined, field: keyof typeof HALO_ENV_VARIABLES): string | undefined => {
    const value = (flag ?? env[HALO_ENV_VARIABLES[field]])?.trim()
    return value === '' ? undefined : value
  }
  const values: Record<string, string | undefined> = {
    baseUrl: given(ctx.globals.baseUrl, 'baseUrl'),
    clientId: given(options.clientId, 'clientId'),
    clientSecret: given(options.clientSecret, 'clientSecret'),
    tenant: given(options.tenant, 'tenant'),
    authUrl: given(options.authUrl, 'authUrl'),
    scope: given(options.scope, 'scope'),
  }
  const missing = (['baseUrl', 'clientId', 'clientSecret'] as const).filter(
    (field) => values[field] === undefined,
  )
  if (missing.length > 0 && !ctx.interactive) {
    throw usageError(`Missing ${missing.map((field) => FLAGS[field]).join(', ')} (no terminal to ask on).`)
  }
  const context = { input: ctx.io.stdin, output: ctx.io.stderr, signal: ctx.signal }
  for (const field of missing) {
    values[field] =
      field === 'clientSecret'
        ? await password(
            { message: QUESTIONS[field], mask: '*', validate: (v) => v.trim() !== '' || 'Required' },
            context,
          )
        : await input({ message: QUESTIONS[field], validate: (v) => v.trim() !== '' || 'Required' }, context)
  }
  if (missing.length > 0 && values.tenant === undefined) {
    const tenant = await input(
      { message: 'Tenant (leave empty unless Halo-hosted and asked for one)' },
      context,
    )
    if (tenant.trim() !== '') values.tenant = tenant.trim()
  }
  const profile: Record<string, string> = {}
  for (const [key, value] of Object.entries(values)) if (value !== undefined) profile[key] = value.trim()
  return profile
}

/** `halo login`: asks for what the flags don't give, checks it with a token request, saves the profile. */
export const loginCommand: CommandModule = (program, cli) => {
  program
    .command('login')
    .description('save a profile after checking its credentials with a token request (file mode 0600)')
    .option('--client-id <id>', 'API application client id')
    .option(
      '--client-secret <secret>',
      'client secret (prefer the prompt or HALO_CLIENT_SECRET: flags show in ps)',
    )
    .option('--tenant <name>', 'hosted tenant (sent as ?tenant= on the token URL)')
    .option('--auth-url <url>', 'authorisation server, when AuthInfo discovery does not find it')
    .option('--scope <scopes>', 'space-separated scopes (default all)')
    .option('--default', 'make this the profile used when none is named')
    .action(
      cli.action(async (ctx, options: LoginOptions) => {
        const name = ctx.globals.profile ?? DEFAULT_PROFILE_NAME
        const profile = await gather(ctx, options)
        const path = haloConfigPath(ctx.io.env)
        if (ctx.dryRun) {
          ctx.output.result({
            dryRun: true,
            wouldSave: path,
            profile: name,
            settings: { ...profile, clientSecret: REDACTED_VALUE },
          })
          return
        }
        let client: HaloClient
        try {
          client = new HaloClient(profile as ConstructorParameters<typeof HaloClient>[0])
        } catch (error) {
          throw configurationError(`Not saved: ${(error as Error).message}`, error)
        }
        ctx.output.info(
          `Checking the credentials with a token request to ${client.apiUrl.replace(/\/api$/, '')}…`,
        )
        try {
          await client.getAccessToken({ signal: ctx.signal })
        } catch (error) {
          throw configurationError(`Not saved: ${(error as Error).message}`, error)
        }
        const saved = await saveHaloProfile(name, profile, {
          env: ctx.io.env,
          makeDefault: options.default === true,
        })
        ctx.output.info(`Credentials accepted. Saved profile "${name}" to ${saved} (mode 0600).`)
        ctx.output.result({
          profile: name,
          path: saved,
          baseUrl: profile.baseUrl,
          clientId: profile.clientId,
        })
      }),
    )
}
