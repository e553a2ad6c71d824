import type { HaloCore, HaloList, ListControls, RequestOptions } from '@halo/core'
import type { HaloRecord } from '@halo/core/resource'
import { projectCrud } from '../../generated/crud-definitions.js'
import type {
  DeleteProjectParams,
  GetProjectParams,
  ListTicketsParams,
  Ticket,
} from '../../generated/index.js'
import type { TicketRecord } from '../tickets/ticket-record.js'
import { tickets } from '../tickets/tickets.js'

/** A project's task to create: a ticket whose parent is the project (`parent_id` is supplied). */
export type ProjectTaskDraft = Omit<Ticket, 'parent_id'>

/** The helpers a project adds to `update`, `delete` and `refresh`. */
export interface ProjectExtras {
  /** The project's tasks: its child tickets (`GET /Tickets?parent_id=<id>`), every page. */
  getTasks(
    params?: Omit<ListTicketsParams, 'parent_id'> & ListControls,
    options?: RequestOptions,
  ): HaloList<TicketRecord>
  /** Adds a task: a ticket with `parent_id` set to the project (`POST /Tickets`). */
  addTask(task: ProjectTaskDraft, options?: RequestOptions): Promise<TicketRecord>
}

/** A project (in Halo a ticket of a project type), with helpers. */
export type ProjectRecord = HaloRecord<Ticket, GetProjectParams, DeleteProjectParams> & ProjectExtras

const projectResource = /* @__PURE__ */ projectCrud
  .withExtras<ProjectExtras, ProjectRecord>((core, _project, { id }) => ({
    getTasks: (params, options) => tasksOf(core, id('getTasks') as number, params, options),
    addTask: (task, options) =>
      tickets(core).create({ ...task, parent_id: id('addTask') as number }, options),
  }))
  .searchable()

/**
 * Projects (`/Projects`): `list`, `search`, `get`, `create`, `update`, `delete`, `deleteMany`,
 * `createMany`, `upsertMany`, and `getTasks(projectId)`. A project's tasks are its child tickets, so
 * `project.addTask(draft)` creates a ticket with `parent_id` set.
 *
 * @example
 * ```ts
 * import { createHaloCore } from '@halo/core'
 * import { projects } from '@halo/tickets'
 *
 * const core = createHaloCore({ baseUrl: 'https://acme.halopsa.com', clientId, clientSecret })
 * const project = await projects(core).create({ tickettype_id: 4, client_id: 11, summary: 'Office move' })
 * await project.addTask({ tickettype_id: 4, client_id: 11, summary: 'Book the removal van' })
 * for await (const task of project.getTasks()) console.log(task.id, task.summary)
 * ```
 */
export function projects(core: HaloCore) {
  return {
    ...projectResource.methods(core),
    /** The tasks (child tickets) of project `projectId`, without fetching the project first. */
    getTasks(
      projectId: number,
      params?: Omit<ListTicketsParams, 'parent_id'> & ListControls,
      options?: RequestOptions,
    ): HaloList<TicketRecord> {
      return tasksOf(core, projectId, params, options)
    },
  }
}

function tasksOf(
  core: HaloCore,
  projectId: number,
  params: (Omit<ListTicketsParams, 'parent_id'> & ListControls) | undefined,
  options: RequestOptions | undefined,
): HaloList<TicketRecord> {
  return tickets(core).list({ ...params, parent_id: projectId }, options)
}

export type ProjectsResource = ReturnType<typeof projects>
