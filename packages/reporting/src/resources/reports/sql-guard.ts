/** Longest SQL text `runSql` sends, as rnode (the n8n Halo node) allows. */
export const MAX_REPORT_SQL_LENGTH = 8000

// Statements and clauses that write, change the schema, run code or reach outside the database.
// `INTO` catches `SELECT … INTO new_table`; `WAITFOR` a query that holds a connection on purpose.
const forbidden =
  /\b(INSERT|UPDATE|DELETE|MERGE|DROP|ALTER|CREATE|TRUNCATE|EXEC|EXECUTE|GRANT|REVOKE|DENY|BACKUP|RESTORE|DBCC|SHUTDOWN|KILL|RECONFIGURE|BULK|OPENROWSET|OPENQUERY|OPENDATASOURCE|INTO|WAITFOR)\b/i

/**
 * Refuses SQL that is not a single read-only query, before anything is sent.
 *
 * Why: `POST /Report` runs the text on Halo's own database with the report engine's rights, so a
 * statement that writes (a `DELETE` typed by mistake, or text spliced in from user input) could change
 * or destroy service desk data. rnode refuses anything but a read-only `SELECT` of at most 8000
 * characters, and so does this by default; `allowNonSelect: true` turns the check off for callers who
 * mean it. The length cap follows rnode too: longer text is almost always generated, and Halo is believed
 * to keep report SQL in a bounded column, where a cut statement would run something other than what was
 * written (unverified). This is a guard against accidents, not a security boundary: Halo's own
 * permissions are.
 */
export function checkReportSql(sql: string, allowNonSelect: boolean): void {
  if (typeof sql !== 'string' || sql.trim() === '') {
    throw new TypeError('runSql(sql): sql must be a non-empty string')
  }
  if (sql.length > MAX_REPORT_SQL_LENGTH) {
    throw new RangeError(
      `runSql(sql): the SQL is ${sql.length} characters; at most ${MAX_REPORT_SQL_LENGTH} are sent. Shorten the query or save it as a report.`,
    )
  }
  if (allowNonSelect) return
  const code = sqlCode(sql)
  const first = /^\s*([A-Za-z]+)/.exec(code)?.[1]?.toUpperCase()
  const refuse = (why: string): never => {
    throw new RangeError(
      `runSql(sql): ${why}. Only a single read-only SELECT runs by default; pass { allowNonSelect: true } to send other statements.`,
    )
  }
  if (first !== 'SELECT' && first !== 'WITH')
    refuse(`the statement starts with ${first ?? 'no keyword'}, not SELECT`)
  if (/;\s*\S/.test(code)) refuse('it holds more than one statement')
  const keyword = forbidden.exec(code)?.[1]
  if (keyword !== undefined) refuse(`it contains ${keyword.toUpperCase()}`)
}

/**
 * The SQL with comments, string literals and quoted identifiers blanked, so that a column called
 * `[Last Update]` or a literal 'delete me' does not trip the keyword check.
 */
function sqlCode(sql: string): string {
  return sql.replace(/--[^\n]*|\/\*[\s\S]*?(\*\/|$)|'(?:[^']|'')*'?|\[[^\]]*\]?|"(?:[^"]|"")*"?/g, (match) =>
    match.startsWith('--') || match.startsWith('/*') ? ' ' : "''",
  )
}
