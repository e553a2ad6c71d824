// The operation catalog: for every operation, what a person or an agent needs to call it by name
// (summary, description, each parameter with its type, where it goes and what it means, the body).
// The descriptors in the domain packages carry no descriptions (they stay small for bundles), so the
// catalog is its own module, `@halo/client/catalog`, read by the `halo` command's help and the MCP
// server. It is packed as text lines with parameter and tag tables: about half the size of one JSON
// row per operation, which matters because it ships in every install of the client.
import { BANNER } from './text.mjs'

export const OPERATION_CATALOG_PATH = 'packages/client/src/generated/operation-catalog.ts'

const FIELD = '|'

/** The spec's HTML-ish text as one plain line; the boilerplate "Requires authentication." goes. */
function plain(text) {
  return (text ?? '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/Requires authentication\.?/gi, '')
    .replace(/\s+/g, ' ')
    .replaceAll(FIELD, '/')
    .trim()
}

/** A parameter's description without the "(int) " type prefix Halo starts many with (the type is its own field). */
function parameterText(text) {
  return plain(text).replace(/^\([^)]*\)\s*/, '')
}

// One letter per type, decoded by packages/client/src/catalog/operation-catalog.ts.
const QUERY_TYPE_LETTERS = {
  boolean: 'b',
  integer: 'i',
  number: 'n',
  integerList: 'l',
  integerListText: 'l',
  date: 'd',
  string: 's',
  unknown: 's',
}
// Halo's API uses only these three; another method stops the run rather than being mislabelled.
const METHOD_LETTERS = { get: 'G', post: 'P', delete: 'D' }
const BODY_LETTERS = { json: 'j', 'json-array': 'a', multipart: 'm' }

function bodyField(operation) {
  const body = operation.body
  if (!body) return ''
  const schema = body.kind === 'json-array' ? body.schema?.items : body.schema
  const entity = schema?.$ref ? schema.$ref.split('/').at(-1) : undefined
  const letter = BODY_LETTERS[body.kind]
  if (!letter) throw new Error(`operation catalog: unknown body kind ${body.kind} on ${operation.name}`)
  return entity ? `${letter}${entity}` : letter
}

/** An index table: the position of each distinct value, in first-seen order. */
function indexTable() {
  const positions = new Map()
  return {
    positions,
    indexOf(value) {
      if (!positions.has(value)) positions.set(value, positions.size)
      return positions.get(value).toString(36)
    },
  }
}

/** @returns {[string, string][]} the catalog file, keyed by repo-relative path */
export function emitOperationCatalog(model) {
  const parameters = indexTable()
  const tags = indexTable()
  const operations = [...model.operations].sort((a, b) => (a.name < b.name ? -1 : 1))
  const lines = operations.map((operation) => {
    const parameterIndexes = [
      ...operation.pathParams.map((p) =>
        parameters.indexOf(
          [p.name, 'p', p.kind === 'integer' ? 'i' : 's', parameterText(p.description)].join(FIELD),
        ),
      ),
      ...operation.callerQueryParams.map((p) =>
        parameters.indexOf(
          [p.name, 'q', QUERY_TYPE_LETTERS[p.kind] ?? 's', parameterText(p.description)].join(FIELD),
        ),
      ),
    ]
    const method = METHOD_LETTERS[operation.method.toLowerCase()]
    if (!method) throw new Error(`operation catalog: unknown method ${operation.method} on ${operation.name}`)
    const summary = plain(operation.summary)
    const description = plain(operation.description)
    return [
      operation.name,
      method,
      operation.path,
      tags.indexOf(operation.tag),
      summary,
      description === summary ? '' : description,
      parameterIndexes.join(' '),
      bodyField(operation),
      operation.isList ? '1' : '',
    ].join(FIELD)
  })
  for (const text of [...lines, ...parameters.positions.keys(), ...tags.positions.keys()]) {
    if (/[\r\n]/.test(text)) throw new Error(`operation catalog: a line break in ${JSON.stringify(text)}`)
  }
  const block = (values) => JSON.stringify([...values].join('\n'))
  const content = `${BANNER}
// The operation catalog (${operations.length} operations) as text, read by src/catalog/operation-catalog.ts.

/** One parameter a line: \`name|where|type|description\`; where \`p\` path or \`q\` query; type \`b\` boolean, \`i\` integer, \`n\` number, \`l\` integer list, \`d\` date-time, \`s\` string. */
export const CATALOG_PARAMETERS = ${block(parameters.positions.keys())}

/** One API tag a line; operations refer to a tag by its line number in base 36. */
export const CATALOG_TAGS = ${block(tags.positions.keys())}

/** One operation a line: \`name|method|path|tag|summary|description|parameters|body|list\`; method \`G\` GET, \`P\` POST, \`D\` DELETE; parameters are line numbers of CATALOG_PARAMETERS in base 36; body \`j\` JSON, \`a\` JSON array, \`m\` multipart, followed by the entity schema; list \`1\` when it answers records. */
export const CATALOG_OPERATIONS = ${block(lines)}
`
  return [[OPERATION_CATALOG_PATH, content]]
}
