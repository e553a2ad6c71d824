import type { HttpMethod } from '@halo/core'
import { usageError } from '../errors/cli-error.js'
import { collectKeyValue } from '../input/key-values.js'
import { readJsonArgument } from '../input/read-data.js'
import { pathWithQuery } from '../output/dry-run.js'
import type { CommandModule } from '../program/command-module.js'

const METHODS: readonly HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']

interface RequestOptions {
  readonly query?: Record<string, string>
  readonly data?: string
}

/** `halo request <METHOD> <path> [--query k=v]… [--data …]`: raw access through the client. */
export const requestCommand: CommandModule = (program, cli) => {
  program
    .command('request')
    .description('send one request to the API (paths are relative to /api: /Tickets/5)')
    .argument('<method>', `HTTP method: ${METHODS.join(', ')}`)
    .argument('<path>', 'path relative to /api, e.g. /Status')
    .option('--query <key=value>', 'query parameter (wire name); repeatable', collectKeyValue)
    .option('--data <json|@file|->', 'JSON body: inline, @file, or - for stdin')
    .action(
      cli.action(async (ctx, methodText: string, path: string, options: RequestOptions) => {
        const method = methodText.toUpperCase() as HttpMethod
        if (!METHODS.includes(method))
          throw usageError(`Unknown method "${methodText}": use ${METHODS.join(', ')}.`)
        if (!path.startsWith('/'))
          throw usageError(`The path must start with "/" (relative to /api), got "${path}".`)
        const body =
          options.data === undefined
            ? undefined
            : await readJsonArgument(options.data, '--data', ctx.io.stdin)
        if (body !== undefined && method === 'GET') throw usageError('A GET request takes no --data.')
        const query = options.query ?? {}
        if (method !== 'GET' && ctx.dryRun) {
          ctx.printPlannedRequest({ method, path: pathWithQuery(path, query), body })
          return
        }
        const halo = await ctx.client()
        const request = { query, signal: ctx.signal }
        const answer =
          method === 'GET'
            ? await halo.get(path, request)
            : method === 'DELETE'
              ? await halo.delete(path, request)
              : method === 'POST'
                ? await halo.post(path, body, request)
                : method === 'PUT'
                  ? await halo.put(path, body, request)
                  : await halo.patch(path, body, request)
        ctx.output.result(answer ?? null)
      }),
    )
}
