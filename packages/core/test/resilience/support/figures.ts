// Figures a resilience run reports: printed when it runs, and written into docs/RELIABILITY.md
// (between markers) when HALO_RELIABILITY_REPORT=1.
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export type Row = readonly (string | number)[]

export interface FigureTable {
  readonly title: string
  readonly header: Row
  readonly rows: Row[]
}

export function table(title: string, header: Row, rows: Row[] = []): FigureTable {
  return { title, header, rows }
}

export function renderTables(tables: readonly FigureTable[]): string {
  const render = (row: Row) => `| ${row.map(String).join(' | ')} |`
  return tables
    .map((t) =>
      [`**${t.title}**`, '', render(t.header), render(t.header.map(() => '---')), ...t.rows.map(render)].join(
        '\n',
      ),
    )
    .join('\n\n')
}

const here = dirname(fileURLToPath(import.meta.url))
export const RELIABILITY_DOC = resolve(here, '../../../../../docs/RELIABILITY.md')

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in docs/RELIABILITY.md. */
export function publishFigures(name: string, markdown: string): boolean {
  if (process.env.HALO_RELIABILITY_REPORT !== '1') return false
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const doc = readFileSync(RELIABILITY_DOC, 'utf8')
  const from = doc.indexOf(start)
  const to = doc.indexOf(end)
  if (from < 0 || to < from) throw new Error(`docs/RELIABILITY.md has no ${start} … ${end} section`)
  const stamp = `_Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${process.platform}/${process.arch}._`
  writeFileSync(
    RELIABILITY_DOC,
    `${doc.slice(0, from + start.length)}\n${stamp}\n\n${markdown}\n${doc.slice(to)}`,
  )
  return true
}
