import { readFile } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { usageError } from '../errors/cli-error.js'

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * The JSON of a `--data` (or `--params`) value: inline JSON, `@file` to read a file, or `-` for stdin.
 * A parse failure is a usage error naming the flag and where the text came from.
 */
export async function readJsonArgument(value: string, flag: string, stdin: Readable): Promise<unknown> {
  let text: string
  let source: string
  if (value === '-') {
    text = await readAll(stdin)
    source = 'stdin'
  } else if (value.startsWith('@')) {
    const path = value.slice(1)
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      throw usageError(`${flag}: cannot read ${path}: ${(error as Error).message}`)
    }
    source = path
  } else {
    text = value
    source = 'the argument'
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw usageError(`${flag}: ${source} is not valid JSON (${(error as Error).message}).`)
  }
}
