import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  HaloProfileError,
  haloConfigPath,
  isHaloProfileError,
  loadHaloProfile,
  saveHaloProfile,
} from '../src/profile/index.js'

let dir: string
let env: Record<string, string>

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'halo-profile-'))
  env = { HALO_CONFIG_DIR: join(dir, 'conf') }
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const work = {
  baseUrl: 'https://acme.halopsa.com',
  clientId: 'id-1',
  clientSecret: 's3cret-value',
  tenant: 'acme',
}

describe('haloConfigPath', () => {
  it('uses HALO_CONFIG_DIR when set', () => {
    expect(haloConfigPath(env)).toBe(join(dir, 'conf', 'config.json'))
  })
  it("uses the platform's halo config folder otherwise", () => {
    const path = haloConfigPath({ HOME: '/home/someone', XDG_CONFIG_HOME: '/home/someone/.config' })
    expect(path).toMatch(/halo[/\\](Config[/\\])?config\.json$/)
    expect(path).not.toContain('nodejs')
  })
})

describe('saveHaloProfile', () => {
  it('writes the file with mode 0600 in a 0700 folder and answers its path', async () => {
    const path = await saveHaloProfile('work', work, { env })
    expect(path).toBe(haloConfigPath(env))
    expect((await stat(path)).mode & 0o777).toBe(0o600)
    expect((await stat(join(dir, 'conf'))).mode & 0o777).toBe(0o700)
    const file = JSON.parse(await readFile(path, 'utf8'))
    expect(file).toEqual({ defaultProfile: 'work', profiles: { work } })
  })

  it('keeps other profiles and the default, and leaves no temporary file behind', async () => {
    await saveHaloProfile('work', work, { env })
    await saveHaloProfile('lab', { ...work, baseUrl: 'https://lab.example.test' }, { env })
    const file = JSON.parse(await readFile(haloConfigPath(env), 'utf8'))
    expect(Object.keys(file.profiles)).toEqual(['work', 'lab'])
    expect(file.defaultProfile).toBe('work')
    await saveHaloProfile(
      'lab',
      { ...work, baseUrl: 'https://lab2.example.test' },
      { env, makeDefault: true },
    )
    const again = JSON.parse(await readFile(haloConfigPath(env), 'utf8'))
    expect(again.defaultProfile).toBe('lab')
    expect(again.profiles.lab.baseUrl).toBe('https://lab2.example.test')
    const { readdir } = await import('node:fs/promises')
    expect(await readdir(join(dir, 'conf'))).toEqual(['config.json'])
  })

  it('refuses a blank profile name', async () => {
    await expect(saveHaloProfile(' ', work, { env })).rejects.toThrow(TypeError)
  })
})

describe('loadHaloProfile', () => {
  it('answers the default profile as client options', async () => {
    await saveHaloProfile('work', work, { env })
    expect(await loadHaloProfile({ env })).toEqual(work)
  })

  it('lets HALO_* variables override profile fields one by one', async () => {
    await saveHaloProfile('work', work, { env })
    const options = await loadHaloProfile({
      env: { ...env, HALO_BASE_URL: 'http://127.0.0.1:9999', HALO_SCOPE: 'read:tickets' },
    })
    expect(options).toEqual({ ...work, baseUrl: 'http://127.0.0.1:9999', scope: 'read:tickets' })
  })

  it('works from the variables alone when there is no profile file', async () => {
    const options = await loadHaloProfile({
      env: { ...env, HALO_BASE_URL: 'https://x.example.test', HALO_CLIENT_ID: 'a', HALO_CLIENT_SECRET: 'b' },
    })
    expect(options).toEqual({ baseUrl: 'https://x.example.test', clientId: 'a', clientSecret: 'b' })
  })

  it('picks the profile named by the option, then HALO_PROFILE', async () => {
    await saveHaloProfile('work', work, { env })
    await saveHaloProfile('lab', { ...work, baseUrl: 'https://lab.example.test' }, { env })
    expect((await loadHaloProfile({ env: { ...env, HALO_PROFILE: 'lab' } })).baseUrl).toBe(
      'https://lab.example.test',
    )
    expect((await loadHaloProfile({ env: { ...env, HALO_PROFILE: 'lab' }, profile: 'work' })).baseUrl).toBe(
      work.baseUrl,
    )
  })

  it('names an unknown profile and the ones that exist', async () => {
    await saveHaloProfile('work', work, { env })
    const error = await loadHaloProfile({ env, profile: 'nope' }).catch((e: unknown) => e)
    expect(isHaloProfileError(error)).toBe(true)
    expect((error as Error).message).toContain('No profile "nope"')
    expect((error as Error).message).toContain('profiles: work')
    expect((error as Error).message).toContain('halo login --profile nope')
  })

  it('names every missing setting with its variable, and never the secret', async () => {
    await saveHaloProfile(
      'work',
      { baseUrl: 'https://acme.halopsa.com', clientSecret: 's3cret-value' },
      { env },
    )
    const error = (await loadHaloProfile({ env }).catch((e: unknown) => e)) as HaloProfileError
    expect(error).toBeInstanceOf(HaloProfileError)
    expect(error.missing).toEqual(['clientId'])
    expect(error.message).toContain('clientId (HALO_CLIENT_ID)')
    expect(error.message).not.toContain('s3cret-value')
    const none = (await loadHaloProfile({ env: { HALO_CONFIG_DIR: join(dir, 'empty') } }).catch(
      (e: unknown) => e,
    )) as HaloProfileError
    expect(none.missing).toEqual(['baseUrl', 'clientId', 'clientSecret'])
  })

  it('says which file is not valid JSON', async () => {
    await saveHaloProfile('work', work, { env })
    await writeFile(haloConfigPath(env), '{ not json', 'utf8')
    await expect(loadHaloProfile({ env })).rejects.toThrow(/config\.json is not valid JSON/)
  })
})
