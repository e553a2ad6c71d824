import { catalogOperation } from './operation-catalog.js'

/**
 * The spec's description of an operation's parameter, so curated tools describe their inputs in the
 * API's own words; `fallback` when the spec says nothing. `extra` is appended (e.g. "name or id").
 */
export function parameterDescription(
  operationName: string,
  parameterName: string,
  fallback = '',
  extra = '',
): string {
  const parameter = catalogOperation(operationName)?.parameters.find((p) => p.name === parameterName)
  const text = parameter?.description || fallback
  return [text, extra].filter(Boolean).join(' ')
}
