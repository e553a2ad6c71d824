// What npm shows of every published package: its README must work there, away from the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const packagesDir = new URL('../../', import.meta.url)
const readmes = readdirSync(packagesDir)
  .filter((name) => existsSync(new URL(`${name}/package.json`, packagesDir)))
  .filter(
    (name) => JSON.parse(readFileSync(new URL(`${name}/package.json`, packagesDir), 'utf8')).private !== true,
  )
  .map((name) => ({ name, text: readFileSync(new URL(`${name}/README.md`, packagesDir), 'utf8') }))
const rootReadme = readFileSync(new URL('../README.md', packagesDir), 'utf8')

describe('package READMEs', () => {
  it('exist for every published package', () => {
    expect(readmes.map((readme) => readme.name)).toEqual(
      expect.arrayContaining(['client', 'core', 'integrations']),
    )
  })

  it('link absolutely: a relative link is dead on npm', () => {
    const relative = readmes.flatMap(({ name, text }) =>
      [...text.matchAll(/\]\(([^)\s]+)\)/g)]
        .map((match) => match[1] ?? '')
        .filter((target) => !/^(https?:|mailto:|#)/.test(target))
        .map((target) => `${name}: ${target}`),
    )
    expect(relative).toEqual([])
  })

  it('test errors with the isHalo… predicates, never instanceof (it fails across the ESM and CJS builds)', () => {
    const offenders = [...readmes, { name: '(root)', text: rootReadme }]
      .filter(({ text }) => /instanceof\s+Halo/.test(text))
      .map(({ name }) => name)
    expect(offenders).toEqual([])
  })

  it('the root README tells npm users what to install', () => {
    expect(rootReadme).toContain('npm install @halo/client')
    expect(rootReadme).toMatch(/npm install @halo\/core @halo\/\w+/)
  })
})
