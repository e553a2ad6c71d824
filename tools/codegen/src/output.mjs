// Comparing and writing generated files against the working tree. Only the generated folders are
// touched: packages/<domain>/src/generated/** and packages/<domain>/test/generated/**.
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'

export function generatedRoots(packageNames) {
  return packageNames.flatMap((name) => [`packages/${name}/src/generated`, `packages/${name}/test/generated`])
}

async function listFiles(root, dir) {
  const absolute = join(root, dir)
  if (!existsSync(absolute)) return []
  const entries = await readdir(absolute, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
}

/** Files that differ, are missing, or should no longer exist. */
export async function staleFiles(root, files, packageNames) {
  const stale = []
  for (const [path, content] of files) {
    const absolute = join(root, path)
    if (!existsSync(absolute)) stale.push({ path, reason: 'missing' })
    else if ((await readFile(absolute, 'utf8')) !== content) stale.push({ path, reason: 'differs' })
  }
  for (const dir of generatedRoots(packageNames)) {
    for (const path of await listFiles(root, dir)) {
      if (!files.has(path)) stale.push({ path, reason: 'no longer generated' })
    }
  }
  return stale.sort((a, b) => (a.path < b.path ? -1 : 1))
}

/** Writes what changed and removes generated files that are no longer produced. */
export async function writeFiles(root, files, packageNames) {
  const stale = await staleFiles(root, files, packageNames)
  for (const { path, reason } of stale) {
    const absolute = join(root, path)
    if (reason === 'no longer generated') await rm(absolute)
    else {
      await mkdir(dirname(absolute), { recursive: true })
      await writeFile(absolute, files.get(path))
    }
  }
  return stale
}
