// Errors: one class per failure, each with a predicate that works across duplicate installs.
import {
  type HaloClient,
  HaloResourceNotFound,
  isHaloError,
  isHaloResourceNotFound,
  isHaloValidationError,
} from '@halo/client'
import { runWhenMain } from './support/run-example.js'

export async function run(halo: HaloClient, log: (line: string) => void) {
  const caught: string[] = []

  try {
    await halo.tickets.get(999_999)
  } catch (error) {
    if (!isHaloResourceNotFound(error)) throw error
    caught.push(error.name)
    log(`${error.name}: ${error.status} ${error.method} ${error.url}`)
  }

  try {
    await halo.tickets.create({ tickettype_id: 1 }) // no summary
  } catch (error) {
    if (!isHaloValidationError(error)) throw error
    caught.push(error.name)
    const messages = Object.values(error.errors ?? {}).flat()
    log(`${error.name}: ${messages.join(' ') || error.message}`)
  }

  try {
    await halo.get('/NoSuchThing')
  } catch (error) {
    if (!isHaloError(error)) throw error
    caught.push(error.name)
    log(`${error.name} (instanceof HaloResourceNotFound: ${error instanceof HaloResourceNotFound})`)
  }

  return { caught }
}

await runWhenMain(import.meta.url, run)
