import { startHaloMock } from '@halo/mock'
import { parseWholeNumber } from '../input/key-values.js'
import type { CommandModule } from '../program/command-module.js'

/**
 * `halo mock [--port N]`: starts the simulated Halo on loopback and prints the variables that point
 * `halo` (or any program using `HaloClient.fromEnv`) at it. Runs until Ctrl-C.
 */
export const mockCommand: CommandModule = (program, cli) => {
  program
    .command('mock')
    .description('start the simulated Halo on loopback and print the variables to point halo at it')
    .option('--port <n>', 'port (default: any free port)', parseWholeNumber(0), 0)
    .option('--tickets <n>', 'tickets to seed (default 120)', parseWholeNumber(0))
    .action(
      cli.action(async (ctx, options: { port: number; tickets?: number }) => {
        ctx.interrupt.deferExit()
        const server = await startHaloMock({
          port: options.port,
          ...(options.tickets === undefined ? {} : { ticketCount: options.tickets }),
        })
        const { clientId, clientSecret } = server.mock.credentials
        // The mock's credentials are its published fixed values, not anybody's secret.
        const variables = {
          HALO_BASE_URL: server.url,
          HALO_CLIENT_ID: clientId,
          HALO_CLIENT_SECRET: clientSecret,
        }
        if (ctx.globals.output === undefined || ctx.output.format === 'table') {
          ctx.io.stdout.write(
            `${Object.entries(variables)
              .map(([k, v]) => `export ${k}=${v}`)
              .join('\n')}\n`,
          )
          ctx.output.info(
            `Simulated Halo listening on ${server.url}. Paste the lines above into another shell, then try "halo tickets list". Ctrl-C to stop.`,
          )
        } else {
          ctx.output.result(variables)
        }
        await new Promise<void>((resolve) => {
          if (ctx.signal.aborted) resolve()
          else ctx.signal.addEventListener('abort', () => resolve(), { once: true })
        })
        await server.close()
        ctx.output.info('Simulated Halo stopped.')
      }),
    )
}
