// What an editor shows on hover: the resources' records by their friendly names (`TicketRecord`,
// `HaloRecord<Status, …>`), never the toolkit's helper types (`EntityOf<…>`) or a resolved
// conditional. Type tests cannot see this (two spellings of one type are equal to them), so the
// compiler prints the types as a hover would, for a small program against the package's sources.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const programFile = path.join(packageRoot, 'test', 'hover-program.ts')
const programText = `
import type { HaloCore } from '@halo/core'
import { priorities, statuses, tickets } from '../src/index.js'
declare const core: HaloCore
export const ticket = tickets(core).get(1)
export const refreshed = ticket.then((record) => record.refresh())
export const status = statuses(core).get(1)
export const listPriorities = priorities(core).list
`

function hoverTypes(): Map<string, string> {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(packageRoot, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    },
  })
  if (!config) throw new Error('tsconfig.json could not be read')
  const host = ts.createCompilerHost(config.options)
  const readSource = host.getSourceFile
  host.getSourceFile = (fileName, languageVersion, ...rest) =>
    fileName === programFile
      ? ts.createSourceFile(fileName, programText, languageVersion)
      : readSource(fileName, languageVersion, ...rest)
  const program = ts.createProgram([programFile], { ...config.options, noEmit: true }, host)
  const source = program.getSourceFile(programFile)
  if (!source) throw new Error('the program has no source')
  const errors = ts.getPreEmitDiagnostics(program, source)
  if (errors.length > 0)
    throw new Error(
      errors.map((error) => ts.flattenDiagnosticMessageText(error.messageText, '\n')).join('\n'),
    )
  const checker = program.getTypeChecker()
  const types = new Map<string, string>()
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue
    for (const { name } of statement.declarationList.declarations)
      types.set(
        name.getText(source),
        checker.typeToString(checker.getTypeAtLocation(name), undefined, ts.TypeFormatFlags.NoTruncation),
      )
  }
  return types
}

describe('types as a hover shows them', () => {
  // Building a program over the package's sources is real compiler work: a generous limit.
  it('names the records of tickets, statuses and priorities', { timeout: 120_000 }, () => {
    const types = hoverTypes()
    expect(types.get('ticket')).toBe('Promise<TicketRecord>')
    expect(types.get('refreshed')).toBe('Promise<TicketRecord>')
    expect(types.get('status')).toBe('Promise<HaloRecord<Status, GetStatusParams, DeleteStatusParams>>')
    expect(types.get('listPriorities')).toBe(
      '(params?: (ListPrioritiesParams & Readonly<ListControls>) | undefined, options?: RequestOptions | undefined) => HaloList<HaloRecord<Priority, GetPriorityParams, DeletePriorityParams>>',
    )
  })
})
