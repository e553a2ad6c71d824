import { CliError, usageError } from '../errors/cli-error.js'
import { loadOptionalPackage } from '../optional/load-optional-package.js'
import type { CommandModule } from '../program/command-module.js'

interface SimulateOptions {
  readonly url: string
  readonly event: string
  readonly secret?: string
  readonly signatureHeader?: string
  readonly algorithm?: string
  readonly digest?: string
  readonly prefix?: string
}

const ALGORITHMS = ['sha256', 'sha1', 'sha512'] as const
const DIGESTS = ['hex', 'base64'] as const

/**
 * `halo webhooks simulate --url URL --event NAME [--secret …]`: sends one sample delivery shaped as
 * Halo's (a ticket event) to a receiver, signed with an HMAC of its body when a secret is given, and
 * prints the receiver's answer. The secret may come from HALO_WEBHOOK_SECRET instead of the command
 * line (where other users of the machine could see it); it is never printed.
 */
export const webhooksCommand: CommandModule = (program, cli) => {
  const webhooks = program.command('webhooks').description("try a receiver of Halo's webhooks")
  webhooks
    .command('simulate')
    .description('send a sample Halo delivery to a receiver and print its answer')
    .requiredOption('--url <url>', 'the receiver, e.g. http://127.0.0.1:8080/halo')
    .requiredOption('--event <name>', 'the Halo event name, e.g. "New Ticket Logged"')
    .option(
      '--secret <secret>',
      'HMAC secret to sign with (default: $HALO_WEBHOOK_SECRET; unsigned when neither)',
    )
    .option('--signature-header <name>', 'header carrying the signature', 'X-Halo-Signature')
    .option('--algorithm <name>', `HMAC algorithm: ${ALGORITHMS.join(', ')}`, 'sha256')
    .option('--digest <encoding>', `signature encoding: ${DIGESTS.join(', ')}`, 'hex')
    .option('--prefix <text>', 'text before the signature, e.g. sha256=', '')
    .action(
      cli.action(async (ctx, options: SimulateOptions) => {
        let url: URL
        try {
          url = new URL(options.url)
        } catch {
          throw usageError(`--url is not a URL: "${options.url}" (e.g. http://127.0.0.1:8080/halo).`)
        }
        const algorithm = ALGORITHMS.find((a) => a === options.algorithm)
        if (!algorithm) throw usageError(`--algorithm must be one of ${ALGORITHMS.join(', ')}.`)
        const digest = DIGESTS.find((d) => d === options.digest)
        if (!digest) throw usageError(`--digest must be one of ${DIGESTS.join(', ')}.`)
        const secret = options.secret ?? ctx.io.env.HALO_WEBHOOK_SECRET
        const hmac =
          secret === undefined || secret === ''
            ? undefined
            : {
                secret,
                algorithm,
                digest,
                header: options.signatureHeader ?? 'X-Halo-Signature',
                prefix: options.prefix ?? '',
              }
        const { sampleTicketPayload, simulateWebhookDelivery } =
          await loadOptionalPackage<typeof import('@halo/webhooks')>('@halo/webhooks')
        const payload = sampleTicketPayload(options.event)
        if (ctx.dryRun) {
          ctx.output.result({
            method: 'POST',
            url: url.href,
            signed: hmac ? `${hmac.header} (HMAC-${algorithm.toUpperCase()}, ${digest})` : 'no',
            body: payload,
          })
          return
        }
        const result = await simulateWebhookDelivery({
          url: url.href,
          event: options.event,
          payload,
          auth: hmac ? { hmac } : {},
          signal: ctx.signal,
        }).catch((error: unknown) => {
          if (ctx.signal.aborted) throw error
          const cause =
            error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)
          throw new CliError(`Could not reach the receiver at ${url.href} (${cause}); is it running?`)
        })
        const answer = parseAnswer(result.responseBody)
        if (result.status < 200 || result.status > 299) {
          const why =
            typeof answer === 'object' && answer !== null && 'error' in answer
              ? String(answer.error)
              : result.responseBody
          throw new CliError(`The receiver answered ${result.status}${why ? `: ${why}` : ''}`)
        }
        ctx.output.result({
          status: result.status,
          event: result.sent.event,
          bytes: result.sent.bytes,
          headers: result.sent.headerNames.join(', '),
          answer,
        })
      }),
    )
}

function parseAnswer(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}
