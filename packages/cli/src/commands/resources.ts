import type { HaloClient } from '@halo/client'
import type { HaloList, OperationDescriptor } from '@halo/core'
import { usageError } from '../errors/cli-error.js'
import { collectKeyValue, parseWholeNumber } from '../input/key-values.js'
import { readJsonArgument } from '../input/read-data.js'
import { parseRecordId } from '../input/record-id.js'
import {
  describeOperation,
  operationLine,
  type ParameterRoutes,
  plannedOperationRequest,
} from '../metadata/describe-operation.js'
import { type ResourceEntry, resourceCatalog } from '../metadata/resource-catalog.js'
import { pathWithQuery } from '../output/dry-run.js'
import type { CommandModule } from '../program/command-module.js'
import type { CommandContext } from '../runtime/command-context.js'

/** The methods of a hand-written resource that `halo <resource>` calls, when it has them. */
interface ResourceMethods {
  list?(params?: Record<string, unknown>): HaloList<unknown>
  get?(id: number | string, params?: Record<string, unknown>): Promise<unknown>
  create?(data: unknown): Promise<unknown>
  update?(id: number | string, patch: unknown): Promise<unknown>
  delete?(id: number | string, params?: Record<string, unknown>): Promise<unknown>
}

function methodsOf(halo: HaloClient, entry: ResourceEntry): ResourceMethods | undefined {
  return entry.handWritten
    ? ((halo as unknown as Record<string, ResourceMethods>)[entry.name] ?? undefined)
    : undefined
}

function need(
  entry: ResourceEntry,
  operation: OperationDescriptor | undefined,
  what: string,
): OperationDescriptor {
  if (!operation) throw usageError(`${entry.name} has no ${what} operation in the API.`)
  return operation
}

function describe(operation: OperationDescriptor | undefined, fallback: string): string {
  return operation ? `${fallback} (${operationLine(operation)})` : `${fallback} (not offered by the API)`
}

/** The help of the operation behind a verb, saying how this verb takes each parameter. */
function operationHelp(operation: OperationDescriptor | undefined, routes: ParameterRoutes): () => string {
  return () =>
    operation ? `\nCalls ${describeOperation(operation, routes)}` : '\nThe API has no operation for this.'
}

const LIST_ROUTES: ParameterRoutes = {
  path: (p) => `path: --filter ${p.name}=…`,
  query: (p) => `query: --filter ${p.name}=…`,
  body: '--data',
}
const ITEM_ROUTES: ParameterRoutes = {
  path: (p) => (p.name === 'id' ? 'path: the <id> argument' : `path: --query ${p.name}=…`),
  query: (p) => `query: --query ${p.name}=…`,
  body: '--data',
}
const WRITE_ROUTES: ParameterRoutes = {
  path: (p) => `path: ${p.name}`,
  query: (p) => `query: ${p.name} (not set by this command)`,
  body: '--data (one object, or an array for create)',
}

async function readRecord(ctx: CommandContext, data: string | undefined): Promise<Record<string, unknown>> {
  if (data === undefined) throw usageError('--data is required: inline JSON, @file, or - for stdin.')
  const value = await readJsonArgument(data, '--data', ctx.io.stdin)
  if (typeof value !== 'object' || value === null)
    throw usageError('--data must be a JSON object (or an array of objects for create).')
  return value as Record<string, unknown>
}

function addResource(
  program: Parameters<CommandModule>[0],
  cli: Parameters<CommandModule>[1],
  entry: ResourceEntry,
): void {
  // A task command of the same name (`halo webhooks simulate`) keeps its own subcommands and gains these.
  const existing = program.commands.find((command) => command.name() === entry.name)
  const group =
    existing ??
    program
      .command(entry.name)
      .description(`${entry.tag ? `Halo ${entry.tag}` : entry.name}: list, get, create, update, delete`)

  group
    .command('list')
    .description(describe(entry.list, 'every matching record, page after page'))
    .option('--filter <key=value>', 'filter by a query parameter (wire name); repeatable', collectKeyValue)
    .option('--limit <n>', 'stop after this many records', parseWholeNumber(0))
    .addHelpText('after', operationHelp(entry.list, LIST_ROUTES))
    .action(
      cli.action(async (ctx, options: { filter?: Record<string, string>; limit?: number }) => {
        const operation = need(entry, entry.list, 'list')
        const halo = await ctx.client()
        const params: Record<string, unknown> = { ...options.filter }
        if (options.limit !== undefined) params.limit = options.limit
        const resource = methodsOf(halo, entry)
        if (resource?.list) {
          await ctx.output.records(resource.list(params))
          return
        }
        if (operation.paged || operation.listKey !== undefined) {
          await ctx.output.records(halo.list(operation, params, { signal: ctx.signal }))
          return
        }
        const { limit, ...query } = params
        const answer = await halo.request(operation, query, { signal: ctx.signal })
        ctx.output.result(
          Array.isArray(answer) && typeof limit === 'number' ? answer.slice(0, limit) : answer,
        )
      }),
    )

  group
    .command('get')
    .description(describe(entry.get, 'one record by id'))
    .argument('<id>', 'record id', parseRecordId)
    .option(
      '--query <key=value>',
      'query parameter (wire name), e.g. includedetails=true; repeatable',
      collectKeyValue,
    )
    .addHelpText('after', operationHelp(entry.get, ITEM_ROUTES))
    .action(
      cli.action(async (ctx, id: number | string, options: { query?: Record<string, string> }) => {
        const operation = need(entry, entry.get, 'get')
        const halo = await ctx.client()
        const resource = methodsOf(halo, entry)
        const answer = resource?.get
          ? await resource.get(id, options.query)
          : await halo.request(operation, { ...options.query, id }, { signal: ctx.signal })
        ctx.output.result(answer)
      }),
    )

  group
    .command('create')
    .description(describe(entry.upsert, 'create a record (or several, from a JSON array)'))
    .requiredOption('--data <json|@file|->', 'the record as JSON: inline, @file, or - for stdin')
    .addHelpText('after', operationHelp(entry.upsert, WRITE_ROUTES))
    .action(
      cli.action(async (ctx, options: { data: string }) => {
        const operation = need(entry, entry.upsert, 'create')
        const data = await readRecord(ctx, options.data)
        if (ctx.dryRun) {
          ctx.printPlannedRequest({
            method: 'POST',
            path: operation.path,
            body: Array.isArray(data) ? data : [data],
          })
          return
        }
        const halo = await ctx.client()
        const resource = methodsOf(halo, entry)
        const answer = resource?.create
          ? await resource.create(data)
          : await halo.request(
              operation,
              { body: Array.isArray(data) ? data : [data] },
              { signal: ctx.signal },
            )
        ctx.output.result(answer)
      }),
    )

  group
    .command('update')
    .description(describe(entry.upsert, 'change fields of a record (Halo upserts by id)'))
    .argument('<id>', 'record id', parseRecordId)
    .requiredOption('--data <json|@file|->', 'the fields to change as JSON: inline, @file, or - for stdin')
    .addHelpText('after', operationHelp(entry.upsert, WRITE_ROUTES))
    .action(
      cli.action(async (ctx, id: number | string, options: { data: string }) => {
        const operation = need(entry, entry.upsert, 'update')
        const patch = await readRecord(ctx, options.data)
        if (Array.isArray(patch)) throw usageError('update takes one JSON object in --data.')
        if (ctx.dryRun) {
          ctx.printPlannedRequest({ method: 'POST', path: operation.path, body: [{ ...patch, id }] })
          return
        }
        const halo = await ctx.client()
        const resource = methodsOf(halo, entry)
        const answer = resource?.update
          ? await resource.update(id, patch)
          : await halo.request(operation, { body: [{ ...patch, id }] }, { signal: ctx.signal })
        ctx.output.result(answer)
      }),
    )

  group
    .command('delete')
    .description(describe(entry.remove, 'delete a record (asks first on a terminal; --yes otherwise)'))
    .argument('<id>', 'record id', parseRecordId)
    .option('--query <key=value>', 'query parameter (wire name); repeatable', collectKeyValue)
    .addHelpText('after', operationHelp(entry.remove, ITEM_ROUTES))
    .action(
      cli.action(async (ctx, id: number | string, options: { query?: Record<string, string> }) => {
        const operation = need(entry, entry.remove, 'delete')
        if (ctx.dryRun) {
          const planned = plannedOperationRequest(operation, { ...options.query, id })
          ctx.printPlannedRequest({ method: 'DELETE', path: pathWithQuery(planned.path, planned.query) })
          return
        }
        if (!(await ctx.confirm(`Delete ${entry.name} ${id}?`))) {
          ctx.output.info('Nothing deleted.')
          return
        }
        const halo = await ctx.client()
        const resource = methodsOf(halo, entry)
        if (resource?.delete) await resource.delete(id, options.query)
        else await halo.request(operation, { ...options.query, id }, { signal: ctx.signal })
        ctx.output.result({ deleted: true, resource: entry.name, id })
      }),
    )
}

/** `halo <resource> list|get|create|update|delete` for every name of `halo.resourceNames`. */
export const resourcesCommand: CommandModule = (program, cli) => {
  for (const entry of resourceCatalog()) addResource(program, cli, entry)
}
