/** One line of `halo doctor`'s report. */
export interface DoctorCheck {
  readonly check: string
  readonly status: 'ok' | 'warn' | 'fail' | 'skipped'
  readonly detail: string
  /** What to do about a warning or failure. */
  readonly fix?: string
}

const MARK: Record<DoctorCheck['status'], string> = { ok: '✓', warn: '!', fail: '✗', skipped: '-' }

/** The report for people: one line per check, the fix indented below. */
export function renderDoctorReport(checks: readonly DoctorCheck[]): string {
  return checks
    .map(
      (c) =>
        `${MARK[c.status]} ${c.check.padEnd(14)} ${c.detail}${c.fix ? `\n  ${' '.repeat(14)} fix: ${c.fix}` : ''}`,
    )
    .join('\n')
    .concat('\n')
}
