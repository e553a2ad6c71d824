// A test case per operation: the typed call (so tsc checks the generated signatures too) and what
// must reach the wire: method, URL with encoded path parameters, query in wire names, body shape.
import { refName } from '../model/refs.mjs'
import { paramsRequired } from './operations.mjs'
import { BANNER, propertyKey, quote } from './text.mjs'

/** A string path value that needs encoding: space, slash, ampersand and a non-ASCII letter. */
const PATH_TEXT = 'a b/ü&1'
const QUERY_TEXT = 'v a&l=ü'
const DATE = '2024-05-06T07:08:09.000Z'
const UUID = '00000000-0000-4000-8000-000000000001'

/** [source of the value, expected wire text] for a query parameter of a kind. */
function queryValue(kind, index) {
  switch (kind) {
    case 'boolean':
      return ['true', 'true']
    case 'integer':
      return [String(index + 1), String(index + 1)]
    case 'number':
      return [`${index + 1}.5`, `${index + 1}.5`]
    case 'integerList':
    case 'integerListText':
      return [`[${index + 1}, ${index + 2}]`, `${index + 1},${index + 2}`]
    case 'date':
      return [`new Date(${quote(DATE)})`, DATE]
    case 'string':
      return [quote(`${QUERY_TEXT}${index}`), `${QUERY_TEXT}${index}`]
    default:
      return [quote(`x${index}`), `x${index}`]
  }
}

/** A value of a schema as TypeScript source (and JSON), shallow: enough to show the body's shape. */
function sampleOf(schema, components, depth = 0) {
  if (!schema || typeof schema !== 'object') return quote('value')
  if (schema.$ref) {
    const target = components[refName(schema.$ref)]
    return depth > 0 ? (target.enum ? String(target.enum[0]) : '{}') : sampleObject(target, components, depth)
  }
  if (schema.enum) return String(schema.enum[0])
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return quote(UUID)
      if (schema.format === 'date-time') return quote(DATE)
      if (schema.format === 'binary') return `new Blob(['file-bytes'], { type: 'text/plain' })`
      return quote('text')
    case 'integer':
      return '5'
    case 'number':
      return '2.5'
    case 'boolean':
      return 'true'
    case 'array':
      return `[${sampleOf(schema.items, components, depth + 1)}, ${sampleOf(schema.items, components, depth + 1)}]`
    case 'object':
      if (schema.properties) return sampleObject(schema, components, depth)
      return `{ key: 'value' }`
    default:
      return quote('value')
  }
}

/** Up to two properties of an object schema, each with a sample value. */
function sampleObject(schema, components, depth) {
  if (schema.enum) return String(schema.enum[0])
  const entries = Object.entries(schema.properties ?? {})
    .slice(0, 2)
    .map(([name, property]) => `${propertyKey(name)}: ${sampleOf(property, components, depth + 1)}`)
  return entries.length > 0 ? `{ ${entries.join(', ')} }` : '{}'
}

function caseOf(operation, components) {
  const params = []
  let pathname = `/api${operation.path}`
  operation.pathParams.forEach((p, index) => {
    const source = p.kind === 'integer' ? String(40 + index) : quote(`${PATH_TEXT}${index}`)
    const wire = p.kind === 'integer' ? String(40 + index) : encodeURIComponent(`${PATH_TEXT}${index}`)
    params.push(`${propertyKey(p.name)}: ${source}`)
    pathname = pathname.replace(`{${p.name}}`, wire)
  })
  const query = []
  operation.callerQueryParams
    .filter((p) => p.name !== 'page_size')
    .forEach((p, index) => {
      const [source, wire] = queryValue(p.kind, index)
      params.push(`${propertyKey(p.name)}: ${source}`)
      query.push(`${propertyKey(p.name)}: ${quote(wire)}`)
    })
  let body = 'undefined'
  let multipart = 'undefined'
  if (operation.body) {
    const sample = sampleOf(operation.body.schema, components)
    params.push(`body: ${sample}`)
    if (operation.body.kind === 'multipart') {
      const fields = Object.entries(operation.body.schema.properties ?? {}).map(([name, property]) => {
        const expected =
          property.format === 'binary'
            ? quote('file-bytes')
            : `JSON.stringify(${sampleOf(property, components, 1)})`
        return `${propertyKey(name)}: ${expected}`
      })
      multipart = `{ ${fields.join(', ')} }`
    } else {
      body = sample
    }
  }
  const args = params.length > 0 ? `{ ${params.join(', ')} }` : paramsRequired(operation) ? '{}' : ''
  const call = args === '' ? `${operation.name}(core)` : `${operation.name}(core, ${args})`
  const fields = [
    `name: ${quote(operation.name)}`,
    `call: (core) => ${call}`,
    `method: ${quote(operation.method.toUpperCase())}`,
    `pathname: ${quote(pathname)}`,
    `query: { ${query.join(', ')} }`,
    `body: ${body}`,
    `multipart: ${multipart}`,
    `list: ${operation.isList}`,
    `paged: ${operation.paged}`,
    `listKey: ${operation.listKey ? quote(operation.listKey) : 'undefined'}`,
  ]
  return `  {\n${fields.map((field) => `    ${field},\n`).join('')}  },\n`
}

const RUNNER = `${BANNER}
import { createHaloCore } from '@halo/core'
import { HttpResponse, http } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { operationDescriptors } from '../../src/index.js'
import { type OperationCase, operationCases } from './operation-cases.js'

const BASE = 'https://halo.example.test'
const RECORD = { id: 1, name: 'record' }

let current: OperationCase | undefined
const apiRequests: Request[] = []

const server = setupServer(
  http.post(\`\${BASE}/auth/token\`, () =>
    HttpResponse.json({ access_token: 'test-token', token_type: 'Bearer', expires_in: 3600 }),
  ),
  http.all(\`\${BASE}/api/*\`, ({ request }) => {
    apiRequests.push(request.clone())
    // Lists get one complete page: a paged list stops at record_count, an unpaged one after one call.
    if (current?.list && current.listKey !== undefined) {
      return HttpResponse.json({ page_no: 1, page_size: 100, record_count: 1, [current.listKey]: [RECORD] })
    }
    if (current?.paged) return HttpResponse.json({ page_no: 1, page_size: 100, record_count: 1, records: [RECORD] })
    if (current?.list) return HttpResponse.json([RECORD])
    return HttpResponse.json(RECORD)
  }),
)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  apiRequests.length = 0
  current = undefined
})
afterAll(() => server.close())

function newCore() {
  return createHaloCore({
    baseUrl: BASE,
    authUrl: \`\${BASE}/auth\`,
    clientId: 'id',
    clientSecret: 'secret',
    rateLimit: false,
    retry: false,
  })
}

async function formFields(request: Request): Promise<Record<string, string>> {
  const form = await request.formData()
  const fields: Record<string, string> = {}
  for (const [name, value] of form.entries()) fields[name] = typeof value === 'string' ? value : await value.text()
  return fields
}

describe('generated operations', () => {
  it('has one case per generated operation', () => {
    expect(operationCases.map((c) => c.name).sort()).toEqual(operationDescriptors.map((d) => d.name).sort())
  })

  it.each(operationCases)('$name sends $method $pathname', async (testCase) => {
    const descriptor = operationDescriptors.find((d) => d.name === testCase.name)
    expect(descriptor?.method).toBe(testCase.method)
    current = testCase
    const result = await testCase.call(newCore())
    expect(result).toEqual(testCase.list ? [RECORD] : RECORD)

    expect(apiRequests).toHaveLength(1)
    const request = apiRequests[0] as Request
    const url = new URL(request.url)
    expect(request.method).toBe(testCase.method)
    expect(url.pathname).toBe(testCase.pathname)
    expect(request.headers.get('authorization')).toBe('Bearer test-token')

    const query = Object.fromEntries(url.searchParams)
    const paging = testCase.paged ? ['page_no', 'page_size', 'pageinate'] : []
    expect(Object.keys(query).sort()).toEqual([...Object.keys(testCase.query), ...paging].sort())
    for (const [name, value] of Object.entries(testCase.query)) expect(query[name]).toBe(value)
    if (testCase.paged) expect(query.pageinate).toBe('true')

    if (testCase.multipart !== undefined) {
      expect(request.headers.get('content-type')).toMatch(/^multipart\\/form-data/)
      expect(await formFields(request)).toEqual(testCase.multipart)
    } else if (testCase.body !== undefined) {
      expect(request.headers.get('content-type')).toMatch(/^application\\/json/)
      const sent: unknown = await request.json()
      expect(sent).toEqual(testCase.body)
      expect(Array.isArray(sent)).toBe(Array.isArray(testCase.body))
    } else {
      expect(await request.text()).toBe('')
    }
  })
})
`

/** @returns {Map<string, string>} the test files of one package */
export function emitPackageTests(pkg, components) {
  const root = `packages/${pkg.name}/test/generated`
  const names = [...pkg.operations].map((operation) => operation.name).sort()
  const sorted = [...pkg.operations].sort((a, b) => (a.name < b.name ? -1 : 1))
  const cases = `${BANNER}
import type { HaloCore } from '@halo/core'
import {
${names.map((name) => `  ${name},\n`).join('')}} from '../../src/index.js'

export interface OperationCase {
  readonly name: string
  readonly call: (core: HaloCore) => PromiseLike<unknown>
  readonly method: string
  /** The URL path that must reach the wire, path parameters encoded. */
  readonly pathname: string
  /** Every query parameter that must reach the wire (besides paging), as Halo reads it. */
  readonly query: Readonly<Record<string, string>>
  /** The JSON body that must reach the wire, or undefined. */
  readonly body: unknown
  /** The multipart fields that must reach the wire, or undefined. */
  readonly multipart: Readonly<Record<string, string>> | undefined
  readonly list: boolean
  readonly paged: boolean
  /** Where the list's records are in Halo's envelope, when known. */
  readonly listKey: string | undefined
}

export const operationCases: readonly OperationCase[] = [
${sorted.map((operation) => caseOf(operation, components)).join('')}]
`
  return new Map([
    [`${root}/operation-cases.ts`, cases],
    [`${root}/operations.test.ts`, RUNNER],
  ])
}
