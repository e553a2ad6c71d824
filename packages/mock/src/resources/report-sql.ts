// A deliberately tiny SQL evaluator for `POST /Report` with `_loadreportonly` + `sql`. It understands
//   SELECT [TOP n] col [AS alias], … | * | COUNT(*) FROM <table>
//   [WHERE col <op> value [AND …]] [GROUP BY col] [ORDER BY col [ASC|DESC]]
// over Halo's table names: faults (tickets), users, device (assets), area (clients), site, uname
// (agents), requesttype (ticket types). Anything else gives `load_error`, as a failed query does.
import type { HaloRecord } from '../store/collection.js'
import type { HaloState } from '../store/halo-state.js'

type Row = Record<string, unknown>

const tables: Record<
  string,
  { rows: (s: HaloState) => Iterable<HaloRecord>; columns: Record<string, string> }
> = {
  faults: {
    rows: (s) => s.tickets.values(),
    columns: {
      faultid: 'id',
      symptom: 'summary',
      symptom2: 'details',
      status: 'status_id',
      areaint: 'client_id',
      sitenumber: 'site_id',
      userid: 'user_id',
      username: 'user_name',
      requesttypenew: 'tickettype_id',
      seriousness: 'priority_id',
      assignedtoint: 'agent_id',
      sectio_: 'team',
      dateoccured: 'dateoccurred',
      datecleared: 'datecleared',
      category2: 'category_1',
      category3: 'category_2',
      category4: 'category_3',
      category5: 'category_4',
      slaid: 'sla_id',
    },
  },
  users: {
    rows: (s) => s.users.values(),
    columns: {
      uid: 'id',
      uusername: 'name',
      uemail: 'emailaddress',
      usite: 'site_id',
      aarea: 'client_id',
      aareadesc: 'client_name',
      uinactive: 'inactive',
    },
  },
  device: {
    rows: (s) => s.assets.values(),
    columns: {
      did: 'id',
      dinvno: 'inventory_number',
      dsite: 'site_id',
      sdesc: 'site_name',
      aarea: 'client_id',
      aareadesc: 'client_name',
      dtype: 'assettype_id',
      dtypedesc: 'assettype_name',
    },
  },
  area: {
    rows: (s) => s.clients.values(),
    columns: { aarea: 'id', aareadesc: 'name', ainactive: 'inactive' },
  },
  site: { rows: (s) => s.sites.values(), columns: { ssitenum: 'id', sdesc: 'name', sarea: 'client_id' } },
  uname: {
    rows: (s) => s.agents.values(),
    columns: { unum: 'id', uname: 'name', uemail: 'email', sectio_: 'team' },
  },
  requesttype: { rows: (s) => s.ticketTypes.values(), columns: { rtid: 'id', rtdesc: 'name' } },
}

export interface SqlResult {
  rows: Row[]
  error?: string
}

const unbracket = (s: string): string => s.trim().replace(/^\[(.*)\]$/, '$1')

function splitTopLevel(list: string): string[] {
  const out: string[] = []
  let depth = 0
  let current = ''
  for (const ch of list) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (ch === ',' && depth === 0) {
      out.push(current)
      current = ''
    } else current += ch
  }
  if (current.trim()) out.push(current)
  return out.map((s) => s.trim())
}

function literal(raw: string): unknown {
  const t = raw.trim()
  const quoted = /^N?'(.*)'$/s.exec(t)
  if (quoted) return (quoted[1] ?? '').replace(/''/g, "'")
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t)
  if (/^null$/i.test(t)) return null
  return undefined
}

function compare(a: unknown, op: string, b: unknown): boolean {
  if (op === 'like') {
    const pattern = String(b)
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/%/g, '.*')
      .replace(/_/g, '.')
    return new RegExp(`^${pattern}$`, 'is').test(String(a ?? ''))
  }
  const x = typeof a === 'boolean' ? Number(a) : a
  const y = b
  const num = typeof x === 'number' && typeof y === 'number'
  const l = num ? (x as number) : String(x ?? '').toLowerCase()
  const r = num ? (y as number) : String(y ?? '').toLowerCase()
  switch (op) {
    case '=':
      return l === r
    case '<>':
    case '!=':
      return l !== r
    case '<':
      return l < r
    case '>':
      return l > r
    case '<=':
      return l <= r
    case '>=':
      return l >= r
    default:
      return false
  }
}

export function runSql(state: HaloState, sql: string): SqlResult {
  const text = sql.trim().replace(/;\s*$/, '')
  if (!/^select\b/i.test(text)) return { rows: [], error: 'Only SELECT statements can be run from the API.' }
  const m =
    /^select\s+(?:top\s+\(?(\d+)\)?\s+)?(.+?)\s+from\s+\[?(?:dbo\]?\.\[?)?(\w+)\]?(?:\s+(?!where\b|group\b|order\b)(?:as\s+)?\w+)?(?:\s+where\s+(.+?))?(?:\s+group\s+by\s+(.+?))?(?:\s+order\s+by\s+(.+?))?$/is.exec(
      text,
    )
  if (!m) return { rows: [], error: `Incorrect syntax near '${text.split(/\s+/).slice(-1)[0] ?? ''}'.` }
  const [, top, selectList = '*', tableName = '', where, groupBy, orderBy] = m
  const table = tables[tableName.toLowerCase()]
  if (!table) return { rows: [], error: `Invalid object name '${tableName}'.` }
  const column = (name: string): ((r: HaloRecord) => unknown) | undefined => {
    const field = table.columns[unbracket(name).toLowerCase()]
    return field === undefined ? undefined : (r) => r[field]
  }

  const conditions: ((r: HaloRecord) => boolean)[] = []
  for (const cond of where ? where.split(/\s+and\s+/i) : []) {
    const c = /^\s*(\[?\w+\]?)\s*(=|<>|!=|<=|>=|<|>|like)\s*(.+?)\s*$/is.exec(cond)
    if (!c) return { rows: [], error: `Incorrect syntax near '${cond.trim()}'.` }
    const get = column(c[1] ?? '')
    if (!get) return { rows: [], error: `Invalid column name '${unbracket(c[1] ?? '')}'.` }
    const value = literal(c[3] ?? '')
    if (value === undefined) return { rows: [], error: `Incorrect syntax near '${(c[3] ?? '').trim()}'.` }
    const op = (c[2] ?? '=').toLowerCase()
    conditions.push((r) => compare(get(r), op, value))
  }

  interface Out {
    name: string
    get?: (r: HaloRecord) => unknown
    count?: boolean
  }
  const outputs: Out[] = []
  const star = selectList.trim() === '*'
  if (star) {
    for (const [col, field] of Object.entries(table.columns))
      outputs.push({ name: col, get: (r) => r[field] })
  } else {
    for (const item of splitTopLevel(selectList)) {
      const a = /^(.*?)\s+(?:as\s+)?(\[[^\]]+\]|\w+)$/is.exec(item)
      const expr = (a ? a[1] : item)?.trim() ?? ''
      const name = a ? unbracket(a[2] ?? '') : unbracket(expr)
      if (/^count\s*\(\s*\*\s*\)$/i.test(expr)) {
        outputs.push({ name: a ? name : 'count', count: true })
        continue
      }
      const get = column(expr)
      if (!get) return { rows: [], error: `Invalid column name '${unbracket(expr)}'.` }
      outputs.push({ name, get })
    }
  }

  const matched: HaloRecord[] = []
  for (const r of table.rows(state)) if (conditions.every((c) => c(r))) matched.push(r)

  // ORDER BY names an output (alias) or a table column
  let order: { name: string; desc: boolean; column: ((r: HaloRecord) => unknown) | undefined } | undefined
  if (orderBy) {
    const o = /^\s*(\[?[\w ]+?\]?)\s*(asc|desc)?\s*$/i.exec(orderBy)
    const key = unbracket(o?.[1] ?? '')
    const out = outputs.find((x) => x.name.toLowerCase() === key.toLowerCase())
    order = {
      name: out?.name ?? key,
      desc: (o?.[2] ?? '').toLowerCase() === 'desc',
      column: out ? undefined : column(key),
    }
    if (!out && !order.column) return { rows: [], error: `Invalid column name '${key}'.` }
  }
  const cmp = (a: unknown, b: unknown, desc: boolean): number => {
    const r =
      typeof a === 'number' && typeof b === 'number' ? a - b : String(a ?? '').localeCompare(String(b ?? ''))
    return desc ? -r : r
  }

  let rows: Row[]
  if (outputs.some((o) => o.count)) {
    const groupGet = groupBy ? column(groupBy) : undefined
    if (groupBy && !groupGet) return { rows: [], error: `Invalid column name '${unbracket(groupBy)}'.` }
    const groups = new Map<unknown, HaloRecord[]>()
    for (const r of matched) {
      const key = groupGet ? groupGet(r) : '*'
      const list = groups.get(key) ?? []
      list.push(r)
      groups.set(key, list)
    }
    if (!groupGet && groups.size === 0) groups.set('*', [])
    rows = [...groups.values()].map((list) => {
      const row: Row = {}
      for (const o of outputs) row[o.name] = o.count ? list.length : list[0] ? o.get?.(list[0]) : null
      return row
    })
    if (order) {
      const { name, desc } = order
      rows.sort((x, y) => cmp(x[name], y[name], desc))
    }
  } else {
    if (order) {
      const { name, desc, column: get } = order
      const out = outputs.find((x) => x.name === name)
      const key = get ?? out?.get ?? (() => undefined)
      matched.sort((x, y) => cmp(key(x), key(y), desc))
    }
    rows = matched.map((r) => {
      const row: Row = {}
      for (const o of outputs) row[o.name] = o.get?.(r)
      return row
    })
  }

  if (top) rows = rows.slice(0, Number(top))
  return { rows }
}
