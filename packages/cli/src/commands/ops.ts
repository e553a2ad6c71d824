import { allOperationDescriptors } from '@halo/client'
import { catalogOperation } from '@halo/client/catalog'
import type { OperationDescriptor } from '@halo/core'
import { usageError } from '../errors/cli-error.js'
import { parseWholeNumber } from '../input/key-values.js'
import { readJsonArgument } from '../input/read-data.js'
import { describeOperation, plannedOperationRequest } from '../metadata/describe-operation.js'
import { pathWithQuery } from '../output/dry-run.js'
import type { CommandModule } from '../program/command-module.js'

const byName = new Map(
  allOperationDescriptors.map((descriptor) => [descriptor.name.toLowerCase(), descriptor]),
)

function findOperation(name: string): OperationDescriptor {
  const descriptor = byName.get(name.toLowerCase())
  if (descriptor) return descriptor
  const close = allOperationDescriptors
    .filter((d) => d.name.toLowerCase().includes(name.toLowerCase().slice(0, 6)))
    .slice(0, 5)
    .map((d) => d.name)
  throw usageError(
    `No operation "${name}".${close.length > 0 ? ` Did you mean ${close.join(', ')}?` : ''} Search with "halo ops list --search <words>".`,
  )
}

/** Halo's summary of an operation, or its description when it has no summary. */
function summaryOf(descriptor: OperationDescriptor): string {
  const operation = catalogOperation(descriptor.name)
  return operation?.summary || operation?.description || ''
}

/** Whether every word of `search` appears in the operation's name, path, tag or summary. */
function matches(descriptor: OperationDescriptor, words: readonly string[]): boolean {
  const text =
    `${descriptor.name} ${descriptor.method} ${descriptor.path} ${descriptor.tag} ${summaryOf(descriptor)}`.toLowerCase()
  return words.every((word) => text.includes(word))
}

/**
 * `halo ops call <name> --help` answers the help of that operation under the command's own: commander
 * has already put the operands it read on `command.args` when it prints help.
 */
function helpOfNamedOperation({ command }: { command: { args: readonly string[] } }): string {
  const descriptor = byName.get((command.args[0] ?? '').toLowerCase())
  return descriptor ? `\n${describeOperation(descriptor)}` : ''
}

/** `halo ops list [--search text]`, `halo ops show <name>`, `halo ops call <name> --params <json>`. */
export const opsCommand: CommandModule = (program, cli) => {
  const ops = program
    .command('ops')
    .description(`every generated API operation (${allOperationDescriptors.length}), by name`)

  ops
    .command('list')
    .description("list operations: name, method, path, tag and Halo's summary")
    .option('--search <text>', 'only operations whose name, path, tag or summary hold every word')
    .action(
      cli.action(async (ctx, options: { search?: string }) => {
        const words = (options.search ?? '').toLowerCase().split(/\s+/).filter(Boolean)
        const rows = allOperationDescriptors
          .filter((descriptor) => matches(descriptor, words))
          .map((d) => ({ name: d.name, method: d.method, path: d.path, tag: d.tag, summary: summaryOf(d) }))
        ctx.output.result(rows)
      }),
    )

  ops
    .command('show')
    .description('help for one operation: method, path, parameters and their types, body, paging')
    .argument('<operationName>', 'e.g. listTickets')
    .action(
      cli.action(async (ctx, name: string) => {
        const descriptor = findOperation(name)
        if (ctx.output.format === 'table') ctx.io.stdout.write(describeOperation(descriptor))
        else ctx.output.result({ ...descriptor, ...catalogOperation(descriptor.name) })
      }),
    )

  ops
    .command('call')
    .description('call one operation by name (see "halo ops show <name>" for its parameters)')
    .argument('<operationName>', 'e.g. getTicket')
    .option('--params <json|@file|->', 'path and query parameters by wire name, and "body"', '{}')
    .option('--limit <n>', 'for paged lists: stop after this many records', parseWholeNumber(0))
    .addHelpText(
      'after',
      '\nExample: halo ops call getTicket --params \'{"id": 1001, "includedetails": true}\'\n' +
        'With an operation name, --help also prints its parameters: halo ops call getTicket --help',
    )
    .addHelpText('after', helpOfNamedOperation)
    .action(
      cli.action(async (ctx, name: string, options: { params: string; limit?: number }) => {
        const descriptor = findOperation(name)
        const params = await readJsonArgument(options.params, '--params', ctx.io.stdin)
        if (typeof params !== 'object' || params === null || Array.isArray(params)) {
          throw usageError('--params must be a JSON object of parameters by wire name.')
        }
        const record = params as Record<string, unknown>
        const missing = Object.keys(descriptor.pathParams ?? {}).filter((key) => record[key] === undefined)
        if (missing.length > 0) {
          throw usageError(
            `${descriptor.name} needs ${missing.join(', ')} in --params.\n${describeOperation(descriptor)}`,
          )
        }
        if (descriptor.method !== 'GET' && ctx.dryRun) {
          const planned = plannedOperationRequest(descriptor, record)
          ctx.printPlannedRequest({
            method: planned.method,
            path: pathWithQuery(planned.path, planned.query),
            body: planned.body,
          })
          return
        }
        const halo = await ctx.client()
        // The bound generated function, exactly as `halo.ops.<name>(params)` in code.
        const operation = (
          halo.ops as unknown as Record<string, (params: unknown, options: unknown) => unknown>
        )[descriptor.name]
        if (!operation) throw usageError(`No operation "${descriptor.name}" on this client.`)
        const isList = descriptor.paged === true || descriptor.listKey !== undefined
        const callParams =
          isList && options.limit !== undefined ? { ...record, limit: options.limit } : record
        const answer = operation(callParams, { signal: ctx.signal })
        if (isList && answer !== null && typeof answer === 'object' && Symbol.asyncIterator in answer) {
          await ctx.output.records(answer as AsyncIterable<unknown>)
          return
        }
        ctx.output.result((await answer) ?? null)
      }),
    )
}
